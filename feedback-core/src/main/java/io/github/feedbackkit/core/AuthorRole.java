package io.github.feedbackkit.core;

/** The role of the person who wrote the feedback. */
public enum AuthorRole {
  /** An interviewer in a hiring process. */
  INTERVIEWER,
  /** A recruiter. */
  RECRUITER,
  /** The hiring manager of the position. */
  HIRING_MANAGER,
  /** The employee's manager. */
  MANAGER,
  /** A peer of the employee. */
  PEER,
  /** A mentor. */
  MENTOR,
  /** The subject writing about themselves. */
  SELF
}
