package io.github.feedbackkit.core;

/** The hiring stage a candidate document is about. */
public enum HiringStage {
  /** Review of the application or CV. */
  APPLICATION_REVIEW,
  /** A first call with a recruiter or the hiring manager. */
  PHONE_SCREEN,
  /** A technical interview. */
  TECHNICAL_INTERVIEW,
  /** A take-home assignment. */
  TAKE_HOME,
  /** An onsite interview loop. */
  ONSITE,
  /** The final interview. */
  FINAL_INTERVIEW,
  /** The offer stage. */
  OFFER
}
