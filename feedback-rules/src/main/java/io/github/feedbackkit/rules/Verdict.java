package io.github.feedbackkit.rules;

/** The overall verdict of a quality report. */
public enum Verdict {
  /** Every assessed dimension passes and no finding is an error. */
  PASS,
  /** Something should be revised before the feedback is sent. */
  REVISE
}
