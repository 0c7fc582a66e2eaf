package io.github.feedbackkit.rules;

/**
 * A coarse part-of-speech hint, good enough for the checks (passive voice, imperative openings,
 * modals); it is a heuristic from word lists and context, not a full tagger.
 */
public enum PosHint {
  /** Nothing more specific is known. */
  OTHER,
  /** A form of "to be" (or the "get" of a get-passive). */
  BE,
  /** A form of "to have". */
  HAVE,
  /** A modal or advice verb: "could", "should", "might", "consider". */
  MODAL,
  /** A past participle ("sized", "written"). */
  PARTICIPLE,
  /** A verb in its base form, e.g. the opening of an imperative or after a modal. */
  BASE_VERB,
  /** A personal pronoun. */
  PRONOUN,
  /** A negator: "not", "no", "never", "n't" forms, "without". */
  NEGATION,
  /** A determiner: "the", "a", "this". */
  DETERMINER,
  /** A preposition: "in", "on", "by". */
  PREPOSITION,
  /** A conjunction: "and", "but", "because". */
  CONJUNCTION
}
