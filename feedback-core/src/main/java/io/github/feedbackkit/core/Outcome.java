package io.github.feedbackkit.core;

/** The outcome of a hiring stage (candidate documents only). */
public enum Outcome {
  /** The candidate moves to the next stage. */
  ADVANCED,
  /** The candidate does not move on. */
  REJECTED,
  /** The decision is postponed. */
  ON_HOLD,
  /** The candidate receives an offer. */
  OFFER,
  /** The candidate withdrew. */
  WITHDRAWN
}
