package io.github.feedbackkit.core;

/** Whom a feedback document is for. */
public enum FeedbackKind {
  /** A job candidate, after a hiring stage. */
  CANDIDATE,
  /** An employee, in a feedback session with a manager, peer or mentor. */
  EMPLOYEE
}
