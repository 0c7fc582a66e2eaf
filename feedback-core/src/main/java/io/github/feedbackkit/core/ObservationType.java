package io.github.feedbackkit.core;

/** What an observation is. */
public enum ObservationType {
  /** Something that went well. */
  STRENGTH,
  /** Something to work on. */
  IMPROVEMENT,
  /** An internal note for the author's organisation; never shown to the subject by default. */
  NOTE
}
