package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Outcome;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.core.Subject;
import java.time.Instant;

/** Builders for the document examples of the built-in checks. */
final class Examples {
  private Examples() {}

  static Feedback.Builder candidate(String id) {
    return Feedback.builder()
        .id(id)
        .kind(FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("cand-1").build())
        .context(Context.builder().stage(HiringStage.TECHNICAL_INTERVIEW).build());
  }

  static Feedback.Builder employee(String id, SessionType session) {
    return Feedback.builder()
        .id(id)
        .kind(FeedbackKind.EMPLOYEE)
        .subject(Subject.builder().id("emp-1").build())
        .context(Context.builder().session(session).build());
  }

  static Observation obs(ObservationType type, String text) {
    return Observation.builder().type(type).text(text).build();
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  static Feedback rejection(String id, String summary) {
    return candidate(id).outcome(Outcome.REJECTED).summary(summary).build();
  }
}
