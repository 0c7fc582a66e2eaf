package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.PosHint;
import java.util.Locale;

/**
 * German, the second language: the word lists under {@code lexicon/de/} and the few rules that
 * differ from English. Syllables are counted from spelling (German spelling is regular: one
 * syllable per vowel group, with "ei", "ie", "au", "eu", "äu" as single vowels); lemmas come from
 * the exceptions list only; the passive is "werden" + a participle anywhere later in the clause
 * ("wurde vom Team geprüft"); "3." before a word is an ordinal ("am 3. Mai").
 */
final class German extends Language {

  German() {
    super(Locale.GERMAN, "de");
  }

  @Override
  int syllables(String lower) {
    int n = dictionary().syllables(lower);
    return n > 0 ? n : bySpelling(lower);
  }

  /** Vowel groups, where a group of several vowels is one syllable (Haus, Bein, Tiefe, Euro). */
  static int bySpelling(String w) {
    int groups = 0;
    boolean prevVowel = false;
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      letter |= Character.isLetter(c);
      boolean v = "aeiouyäöü".indexOf(c) >= 0;
      if (v && !prevVowel) {
        groups++;
      }
      prevVowel = v;
    }
    return letter ? Math.max(1, groups) : 0;
  }

  @Override
  String lemma(String lower) {
    return lemmaExceptions.getOrDefault(lower, lower);
  }

  @Override
  boolean isOrdinalSuffix(String suffix) {
    return false;
  }

  @Override
  boolean isTimeSuffix(String suffix) {
    return suffix.equals("h") || suffix.equals("uhr");
  }

  @Override
  boolean isParticiple(String lower) {
    if (participles.contains(lower)) {
      return true;
    }
    int len = lower.length();
    return len >= 5 && (lower.startsWith("ge") && (lower.endsWith("t") || lower.endsWith("en")))
        || len >= 6 && lower.endsWith("iert");
  }

  @Override
  boolean isAdverb(String lower) {
    return lower.equals("nicht") || lower.equals("auch") || lower.equals("schon") || lower.equals("noch")
        || lower.equals("gestern") || lower.equals("heute") || lower.equals("oft") || lower.equals("sehr");
  }

  @Override
  int passiveGap() {
    return 8;
  }

  @Override
  boolean mayPrecedeParticiple(String lower, PosHint pos) {
    return pos != PosHint.BE && pos != PosHint.HAVE && pos != PosHint.MODAL;
  }

  @Override
  boolean numberWithPeriodIsOrdinal() {
    return true;
  }
}
