package io.github.feedbackkit.core;

/** The kind of feedback session an employee document is about. */
public enum SessionType {
  /** A session about performance that must improve. */
  PERFORMANCE_IMPROVEMENT,
  /** A session about growth and career. */
  CAREER_DEVELOPMENT,
  /** A review of a project. */
  PROJECT_REVIEW,
  /** Recognition of good work. */
  RECOGNITION
}
