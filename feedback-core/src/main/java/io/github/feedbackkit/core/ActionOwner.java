package io.github.feedbackkit.core;

/** Who owns an action item. */
public enum ActionOwner {
  /** The recipient of the feedback. */
  SUBJECT,
  /** The author of the feedback. */
  AUTHOR
}
