package io.github.feedbackkit.examples.embedding;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.ActionOwner;
import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.FeedbackValidator;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Outcome;
import io.github.feedbackkit.core.Subject;
import io.github.feedbackkit.render.FeedbackRenderer;
import io.github.feedbackkit.rules.FeedbackAnalyzer;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.QualityReport;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

public class EmbeddingExample {
  public static void main(String[] args) {
    Feedback feedback = Feedback.builder()
        .id("fb-123")
        .kind(FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("cand-42").displayName("Ada").build())
        .context(Context.builder()
            .stage(HiringStage.TECHNICAL_INTERVIEW)
            .position("Backend engineer")
            .build())
        .occurredAt(Instant.parse("2026-11-20T15:00:00Z"))
        .summary("Thank you for the technical interview on Friday. Good job.")
        .addObservation(Observation.builder()
            .type(ObservationType.STRENGTH)
            .competency("System design")
            .text("You sized the cache from the read/write ratio before you chose Redis.")
            .build())
        .addObservation(Observation.builder()
            .type(ObservationType.IMPROVEMENT)
            .competency("Testing")
            .text("Two of your three tests failed because dates were parsed without a time zone.")
            .build())
        .addAction(ActionItem.builder()
            .description("Practise writing the failing test first for date and time code.")
            .owner(ActionOwner.SUBJECT)
            .resource(URI.create("https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/time/Clock.html"))
            .build())
        .outcome(Outcome.REJECTED)
        .build();

    // 1. Content rules: every violation at once, each with its field path.
    FeedbackValidator.standard().requireValid(feedback);

    // 2. Quality: build the analyzer once and share it (immutable, thread-safe).
    FeedbackAnalyzer analyzer = FeedbackAnalyzer.builder()
        .clock(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC))
        .build();
    QualityReport report = analyzer.analyze(feedback);
    System.out.println("score " + report.score() + ", verdict " + report.verdict());
    for (Finding f : report.findings()) {
      System.out.println(f.field() + " [" + f.start() + "-" + f.end() + "] " + f.ruleId()
          + ": " + f.message());
    }

    // 3. The message the candidate reads (internal notes and ratings stay out).
    FeedbackRenderer renderer = FeedbackRenderer.builder().build();
    System.out.println(renderer.message(feedback));
  }
}
