package io.github.feedbackkit.core;

/** How the feedback reaches its recipient. */
public enum Channel {
  /** Face to face. */
  IN_PERSON,
  /** A video call. */
  VIDEO,
  /** A phone call. */
  PHONE,
  /** An e-mail. */
  EMAIL,
  /** Another written form (a letter, a message in a tool). */
  WRITTEN
}
