package io.github.feedbackkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.internal.docs.RuleReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the descriptors; this test fails when it is out of date. */
class RuleReferenceTest {
  @Test
  void docs_rules_md_matches_the_checks_descriptors() throws IOException {
    Path doc = Path.of("..", "docs", "rules.md");
    String expected = RuleReference.render(FeedbackAnalyzer.builder().loadPlugins(false).build().checks());
    assertThat(expected).contains("specificity/vague-evaluation", "fairness/protected-characteristic", "«");
    assertThat(Files.exists(doc)).as("docs/rules.md exists").isTrue();
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: regenerate it with RuleReference (see its Javadoc)")
        .isEqualTo(expected);
  }
}
