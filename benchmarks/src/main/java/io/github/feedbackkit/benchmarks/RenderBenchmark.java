package io.github.feedbackkit.benchmarks;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.ActionOwner;
import io.github.feedbackkit.core.Author;
import io.github.feedbackkit.core.Channel;
import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Outcome;
import io.github.feedbackkit.core.Subject;
import io.github.feedbackkit.render.FeedbackRenderer;
import io.github.feedbackkit.render.json.ReportJson;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.Suggestion;
import io.github.feedbackkit.rules.Verdict;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The renderers, one output per operation, on a typical candidate document (a technical-interview
 * rejection with three observations and two actions) and a report with four findings. Run with
 * {@code benchmarks/run.sh --only RenderBenchmark} (or {@code benchmarks/run.sh --quick --only RenderBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RenderBenchmark {
  private final FeedbackRenderer renderer = FeedbackRenderer.builder().build();
  private final Feedback feedback = feedback();
  private final QualityReport report = report(feedback);

  /** @return the plain-text message to the candidate */
  @Benchmark
  public String candidateEmailText() {
    return renderer.message(feedback);
  }

  /** @return the HTML e-mail body for the candidate */
  @Benchmark
  public String candidateEmailHtml() {
    return renderer.messageHtml(feedback);
  }

  /** @return the Markdown record */
  @Benchmark
  public String markdown() {
    return renderer.markdown(feedback);
  }

  /** @return the annotated HTML quality report */
  @Benchmark
  public String htmlReport() {
    return renderer.htmlReport(feedback, report);
  }

  /** @return the report JSON */
  @Benchmark
  public String reportJson() {
    return ReportJson.toJson(report, "bench.json");
  }

  private static Feedback feedback() {
    return Feedback.builder()
        .id("fb-bench-1")
        .kind(FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("cand-42").displayName("Grace Hopper").build())
        .author(Author.builder().id("int-7").displayName("Jordan Lee").build())
        .context(Context.builder().stage(HiringStage.TECHNICAL_INTERVIEW).position("Data Engineer").build())
        .occurredAt(Instant.parse("2026-11-16T09:00:00Z"))
        .deliveredAt(Instant.parse("2026-11-17T16:00:00Z"))
        .channel(Channel.VIDEO)
        .summary("Thank you for working through the pipeline exercise with us. Below are the two points that decided our answer.")
        .addObservation(Observation.builder().type(ObservationType.STRENGTH).competency("SQL")
            .text("Your window-function query for the 7-day rolling average was correct on the first run.")
            .addEvidence("Exercise part 1").build())
        .addObservation(Observation.builder().type(ObservationType.IMPROVEMENT).competency("Testing")
            .text("You wrote no tests for the deduplication step, and two of the five edge cases we gave failed.").build())
        .addObservation(Observation.builder().type(ObservationType.IMPROVEMENT)
            .text("You spent 25 of the 45 minutes on the schema before reading the whole task.").build())
        .addAction(ActionItem.builder().description("Practise writing a failing test before each transformation step.")
            .owner(ActionOwner.SUBJECT).dueDate(LocalDate.parse("2026-12-15")).build())
        .addAction(ActionItem.builder().description("Read a task end to end and list its parts before you start.")
            .resource(URI.create("https://example.org/reading-the-task")).build())
        .outcome(Outcome.REJECTED)
        .build();
  }

  private static QualityReport report(Feedback f) {
    Map<Dimension, DimensionResult> dims = new LinkedHashMap<>();
    int score = 40;
    for (Dimension d : Dimension.builtIns()) {
      dims.put(d, DimensionResult.assessed(d, score, score >= 60, Map.of()));
      score += 11;
    }
    String s = f.summary().orElseThrow();
    String t = f.observations().get(2).text();
    List<Finding> findings = List.of(
        new Finding("clarity/vague-reference", Dimension.CLARITY, Severity.WARNING, "summary", 75, 107, s.substring(75, 107),
            "The reader cannot tell which points decided the answer.", List.of(Suggestion.prompt("Name them."))),
        new Finding("clarity/passive", Dimension.CLARITY, Severity.INFO, "summary", 93, 107, s.substring(93, 107),
            "Say who decided.", List.of()),
        new Finding("balance/numbers", Dimension.BALANCE, Severity.WARNING, "observations[2].text", 0, 30, t.substring(0, 30),
            "Numbers without context can read as a reproach.", List.of(Suggestion.replace("You spent most of the time"))),
        new Finding("timeliness/late", Dimension.TIMELINESS, Severity.INFO, "deliveredAt", 0, 0, "", "Delivered on time.", List.of()));
    return new QualityReport(Optional.of(f.id()), 66, Verdict.REVISE, dims, findings, Metrics.of(300, 52, 4, 70, 18));
  }
}
