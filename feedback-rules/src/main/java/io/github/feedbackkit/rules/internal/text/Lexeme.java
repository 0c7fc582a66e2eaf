package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.WordKind;

/** What a language knows about one lower-cased word form, computed once per distinct form and text. */
final class Lexeme {
  final String lower;
  final String lemma;
  final int syllables;
  final PosHint pos;
  final boolean negator;
  final boolean scopeBreaker;
  final Language.Role role;

  Lexeme(Language lang, String lower, WordKind kind) {
    boolean word = kind == WordKind.WORD;
    this.lower = lower;
    this.lemma = word ? lang.lemma(lower) : lower;
    this.syllables = switch (kind) {
      case WORD -> lang.syllables(lower);
      case URL, EMAIL -> 0;
      default -> 1;
    };
    this.negator = word && lang.isNegator(lower);
    this.scopeBreaker = !negator && lang.scopeBreakers.contains(lower);
    PosHint p = negator ? PosHint.NEGATION : lang.pos.get(lower);
    if (p == null) {
      p = word && lang.isParticiple(lower) ? PosHint.PARTICIPLE : PosHint.OTHER;
    }
    this.pos = p;
    this.role = lang.role(lower);
  }
}
