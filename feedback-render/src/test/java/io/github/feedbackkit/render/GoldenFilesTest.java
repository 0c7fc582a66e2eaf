package io.github.feedbackkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.render.json.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderer's output for each context, compared with the files under {@code
 * src/test/resources/golden}, which were read by eye once. To regenerate them after an intended
 * change: {@code ./mvnw -pl feedback-render test -Dtest=GoldenFilesTest -Dfeedbackkit.updateGolden=true},
 * then review the diff with {@code git diff}.
 */
class GoldenFilesTest {
  private static final Path DIR = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("feedbackkit.updateGolden");
  private static final FeedbackRenderer RENDERER = FeedbackRenderer.builder().build();

  static Stream<Arguments> outputs() {
    List<Arguments> out = new ArrayList<>();
    for (Map.Entry<String, Feedback> e : Fixtures.all().entrySet()) {
      Feedback f = e.getValue();
      out.add(Arguments.of(e.getKey() + ".message.txt", (Supplier<String>) () -> RENDERER.message(f)));
      out.add(Arguments.of(e.getKey() + ".message.html", (Supplier<String>) () -> RENDERER.messageHtml(f)));
      out.add(Arguments.of(e.getKey() + ".record.md", (Supplier<String>) () -> RENDERER.markdown(f)));
    }
    FeedbackRenderer internal = FeedbackRenderer.builder().includeInternal(true).build();
    out.add(Arguments.of("phone-screen-rejection.internal.message.txt",
        (Supplier<String>) () -> internal.message(Fixtures.phoneScreenRejection())));
    out.add(Arguments.of("employee-improvement.internal.message.html",
        (Supplier<String>) () -> internal.messageHtml(Fixtures.employeeImprovement())));
    out.add(Arguments.of("technical-interview-rejection.report.html",
        (Supplier<String>) () -> RENDERER.htmlReport(Fixtures.technicalInterviewRejection(), Fixtures.technicalInterviewReport())));
    out.add(Arguments.of("free-text.report.html",
        (Supplier<String>) () -> RENDERER.htmlReport(Fixtures.FREE_TEXT, Fixtures.freeTextReport())));
    out.add(Arguments.of("technical-interview-rejection.report.json",
        (Supplier<String>) () -> ReportJson.toPrettyJson(Fixtures.technicalInterviewReport(), "samples/technical-interview.json") + "\n"));
    out.add(Arguments.of("free-text.report.json",
        (Supplier<String>) () -> ReportJson.toPrettyJson(Fixtures.freeTextReport(), null) + "\n"));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void outputMatchesTheReviewedGoldenFile(String name, Supplier<String> render) throws IOException {
    String actual = render.get();
    Path file = DIR.resolve(name);
    if (UPDATE) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      Assumptions.abort("golden file written: " + file);
    }
    assertThat(file)
        .as("golden file %s is missing; run with -Dfeedbackkit.updateGolden=true and review it", file)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
