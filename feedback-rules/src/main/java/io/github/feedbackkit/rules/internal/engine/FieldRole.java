package io.github.feedbackkit.rules.internal.engine;

/** What a text field is, which decides how its sentences count. */
public enum FieldRole {
  /** Free text: the whole feedback in one field. */
  TEXT,
  /** A document's summary. */
  SUMMARY,
  /** An observation marked as a strength. */
  STRENGTH,
  /** An observation marked as an improvement area. */
  IMPROVEMENT,
  /** An observation marked as a note. */
  NOTE,
  /** One piece of evidence of an observation: someone's words or data, not the author's verdict. */
  EVIDENCE,
  /** An action item's description. */
  ACTION;

  /** @return whether the field is the author's own prose, read sentence by sentence for evaluations */
  public boolean isProse() {
    return this == TEXT || this == SUMMARY || this == NOTE || this == STRENGTH || this == IMPROVEMENT;
  }
}
