package io.github.feedbackkit.examples.embedding;

import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.FeedbackValidator;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Subject;
import io.github.feedbackkit.core.Violation;
import java.time.Instant;

public class EmbeddingExample {
  public static void main(String[] args) {
    Feedback feedback = Feedback.builder()
        .id("fb-123")
        .kind(FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("cand-42").displayName("Ada").build())
        .context(Context.builder()
            .stage(HiringStage.TECHNICAL_INTERVIEW)
            .position("Backend engineer")
            .project("Payments")
            .build())
        .occurredAt(Instant.parse("2026-11-20T15:00:00Z"))
        .summary("Thank you for the technical interview on Friday.")
        .addObservation(Observation.builder()
            .type(ObservationType.STRENGTH)
            .competency("System design")
            .text("You explained the trade-offs of your caching design clearly.")
            .rating(4)
            .build())
        .build();

    FeedbackValidator validator = FeedbackValidator.standard();
    System.out.println("problems in the document: " + validator.validate(feedback).size());

    Feedback broken = feedback.withId("not an id!");
    for (Violation problem : validator.validate(broken)) {
      System.out.println("problem: " + problem);
    }
  }
}
