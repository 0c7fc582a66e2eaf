package io.github.feedbackkit.rules.internal.docs;

import io.github.feedbackkit.rules.Check;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.CheckExample;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.FeedbackAnalyzer;
import io.github.feedbackkit.rules.QualityPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates the rule reference ({@code docs/rules.md}) from the built-in checks' descriptors: id,
 * dimension, severity, what it catches, why, good and bad examples, and how to switch it off.
 *
 * <p>Regenerate from the repository root with:
 *
 * <pre>
 * ./mvnw -B -q -pl feedback-rules -am install -DskipTests
 * java -cp feedback-rules/target/classes:feedback-core/target/classes \
 *     io.github.feedbackkit.rules.internal.docs.RuleReference docs/rules.md
 * </pre>
 *
 * (The test {@code RuleReferenceTest} fails when {@code docs/rules.md} is out of date.)
 */
public final class RuleReference {
  private RuleReference() {}

  /**
   * @param args the output path (default {@code docs/rules.md})
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
    Files.writeString(out, render(FeedbackAnalyzer.builder().loadPlugins(false).build().checks()),
        StandardCharsets.UTF_8);
  }

  /**
   * @param checks the checks to document
   * @return the Markdown reference
   */
  public static String render(List<Check> checks) {
    StringBuilder sb = new StringBuilder();
    sb.append("# FeedbackKit rule reference\n\n")
        .append("<!-- Generated from the checks' descriptors by io.github.feedbackkit.rules.internal.docs.RuleReference;"
            + " do not edit by hand. See \"Regenerating\" at the end. -->\n\n")
        .append("Every finding names one of these rules. Ids are stable. Severity is the default; a policy can ")
        .append("switch any rule off or re-grade it (see \"Switching a rule off\" below). In the examples, the span ")
        .append("a rule reports is marked «like this».\n\n");
    QualityPolicy defaults = QualityPolicy.defaults();
    sb.append("| rule | dimension | severity | catches |\n|---|---|---|---|\n");
    for (Check c : checks) {
      CheckDescriptor d = c.descriptor();
      sb.append("| [`").append(d.id()).append("`](#").append(anchor(d.id())).append(") | ").append(d.dimension())
          .append(" | ").append(d.severity().id()).append(" | ").append(cell(d.summary())).append(" |\n");
    }
    for (Dimension dim : Dimension.builtIns()) {
      sb.append("\n## ").append(capitalise(dim.id())).append("\n");
      for (Check c : checks) {
        CheckDescriptor d = c.descriptor();
        if (!d.dimension().equals(dim)) {
          continue;
        }
        sb.append("\n### ").append(d.id()).append("\n\n")
            .append("- **Dimension:** ").append(d.dimension()).append("\n")
            .append("- **Severity:** ").append(d.severity().id()).append("\n")
            .append("- **Catches:** ").append(d.summary()).append("\n")
            .append("- **Why:** ").append(d.rationale()).append("\n\n");
        examples(sb, "Good (no finding)", d, true);
        examples(sb, "Bad (finding at the marked span)", d, false);
        sb.append("Switch off: `\"disabledRules\": [\"").append(d.id()).append("\"]` in a policy file, or `")
            .append("QualityPolicy.builder().disableRule(\"").append(d.id()).append("\")`.\n");
      }
    }
    sb.append("\n## Switching a rule off\n\n")
        .append("- For everyone: in a policy file, `\"disabledRules\": [\"clarity/hidden-actor\"]`; in code, ")
        .append("`QualityPolicy.builder().disableRule(\"clarity/hidden-actor\")`.\n")
        .append("- Re-grade: `\"severities\": {\"fairness/gender-coded\": \"warning\"}`.\n")
        .append("- For one document: metadata `\"").append(FeedbackAnalyzer.SUPPRESS_METADATA_KEY)
        .append("\": \"clarity/jargon,balance/praise-only\"`. A document never suppresses an error ")
        .append("(such as `fairness/protected-characteristic`): only the policy can switch those off or re-grade them.\n")
        .append("- A rule id that no registered check declares (in `disabledRules` or `severities`) is refused when the ")
        .append("analyzer is built: `IllegalArgumentException` naming the id (the command line exits with 2).\n")
        .append("- A text in a language without word lists (only English has them; e.g. a document with locale `de`) gets ")
        .append("the note `clarity/unsupported-language`, and specificity, balance, actionability and fairness are not ")
        .append("assessed for it.\n")
        .append("- For a phrase the organisation accepts: `\"allowedPhrases\": [\"growth mindset\"]` (findings inside it ")
        .append("are dropped); or trim a word list: `\"lexicons\": {\"jargon\": {\"remove\": [\"bandwidth\"]}}`.\n")
        .append("\nThe pass threshold is ").append(defaults.passThreshold()).append(" for every dimension by default.\n")
        .append("\n## Regenerating\n\n```\n./mvnw -B -q -pl feedback-rules -am install -DskipTests\n")
        .append("java -cp feedback-rules/target/classes:feedback-core/target/classes \\\n")
        .append("    io.github.feedbackkit.rules.internal.docs.RuleReference docs/rules.md\n```\n");
    return sb.toString();
  }

  private static void examples(StringBuilder sb, String title, CheckDescriptor d, boolean good) {
    sb.append(title).append(":\n\n");
    for (CheckExample e : d.examples()) {
      if (e.good() != good) {
        continue;
      }
      sb.append(e.document().isPresent() ? "- (document) " : "- ").append(e.marked().isEmpty() ? "(empty)" : e.marked());
      if (!good && e.document().isEmpty() && e.spans().stream().allMatch(s -> s.start() == s.end())) {
        sb.append(" — reported on the whole field");
      }
      if (e.field().isPresent()) {
        sb.append(" — reported on `").append(e.field().get()).append('`');
      }
      sb.append('\n');
    }
    sb.append('\n');
  }

  private static String anchor(String id) {
    return id.replace("/", "").replace(' ', '-');
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
