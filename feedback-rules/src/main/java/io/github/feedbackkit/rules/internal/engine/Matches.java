package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.internal.text.PhraseMatch;
import io.github.feedbackkit.rules.internal.text.WordTable;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small questions about a lexicon match, shared by the reader and the checks. */
public final class Matches {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Matches() {}

  /**
   * @param text the text
   * @param m a match
   * @return whether any word of the match lies inside a quotation
   */
  public static boolean quoted(AnalyzedText text, PhraseMatch m) {
    WordTable words = WordTable.of(text);
    for (int i = m.firstWord(); i < m.endWord(); i++) {
      if (words.quoted(i)) {
        return true;
      }
    }
    return false;
  }

  /** How many words back a negator may stand and still negate a word. */
  private static final int NEGATION_REACH = 3;

  /**
   * Whether a match is negated: the text layer puts it in a negation scope, and a negator stands at
   * most three words before it with no conjunction or punctuation in between ("not good", "no doubts",
   * "never found her unreliable"; but not "weak" in "not good enough and management was weak").
   *
   * @param text the text
   * @param m a match
   * @return whether the match is negated
   */
  public static boolean negated(AnalyzedText text, PhraseMatch m) {
    return negated(text, m.firstWord());
  }

  /**
   * @param text the text
   * @param index a word index
   * @return whether that word is negated, as {@link #negated(AnalyzedText, PhraseMatch)} reads it
   */
  public static boolean negated(AnalyzedText text, int index) {
    WordTable words = WordTable.of(text);
    if (!words.negated(index)) {
      return false;
    }
    return inClauseBefore(text, words, index, NEGATION_REACH, (w, i) -> w.pos(i) == PosHint.NEGATION);
  }

  /**
   * Whether a word matching the test stands at most {@code reach} words before the word at
   * {@code index}, in the same clause: the same sentence, with only spaces or hyphens and no
   * conjunction between.
   */
  private static boolean inClauseBefore(AnalyzedText text, WordTable words, int index, int reach, WordTest test) {
    int sentence = words.sentence(index);
    String s = text.text();
    for (int i = index - 1; i >= 0 && i >= index - reach; i--) {
      if (words.sentence(i) != sentence || words.pos(i) == PosHint.CONJUNCTION
          || !gapIsSpace(s, words.end(i), words.start(i + 1))) {
        return false;
      }
      if (test.test(words, i)) {
        return true;
      }
    }
    return false;
  }

  /** A test of one word of a table. */
  private interface WordTest {
    boolean test(WordTable words, int i);
  }

  private static boolean gapIsSpace(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * @param text the text
   * @param m a match
   * @return whether the match opens with a negator
   */
  public static boolean startsWithNegator(AnalyzedText text, PhraseMatch m) {
    return WordTable.of(text).pos(m.firstWord()) == PosHint.NEGATION;
  }

  /**
   * For entries marked {@code form=exact}: whether the words are written as in the entry (so that
   * "tried" does not count as the advice "try").
   *
   * @param text the text
   * @param m a match
   * @return whether the match may count
   */
  public static boolean formOk(AnalyzedText text, PhraseMatch m) {
    if (!"exact".equals(m.entry().attributes().get("form"))) {
      return true;
    }
    return formOk(text, m, SPACES.split(m.entry().phrase().toLowerCase(Locale.ROOT).strip()));
  }

  /**
   * {@link #formOk(AnalyzedText, PhraseMatch)} with the entry's words worked out beforehand.
   *
   * @param text the text
   * @param m a match
   * @param parts the entry's words, lower-cased, for {@code form=exact}; null when any form counts
   * @return whether the match may count
   */
  static boolean formOk(AnalyzedText text, PhraseMatch m, String[] parts) {
    if (parts == null) {
      return true;
    }
    if (parts.length != m.endWord() - m.firstWord()) {
      return false;
    }
    WordTable words = WordTable.of(text);
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].equals("*") && !parts[i].equals(words.lower(m.firstWord() + i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param text the text
   * @param m a match
   * @return the index of the sentence the match starts in
   */
  public static int sentence(AnalyzedText text, PhraseMatch m) {
    return WordTable.of(text).sentence(m.firstWord());
  }

  /**
   * @param m a match
   * @param key an attribute key
   * @return the attribute's value, or "" when absent
   */
  public static String attr(PhraseMatch m, String key) {
    String v = m.entry().attributes().get(key);
    return v == null ? "" : v;
  }

  /** Words that say what follows is absent: "zero billing errors", "without a single error". */
  private static final java.util.Set<String> ABSENCE = java.util.Set.of("zero", "no", "without", "none", "nobody");

  /** How far back an absence word reaches ("without a single charting error": four words). */
  private static final int ABSENCE_REACH = 4;

  /**
   * Whether a word is said to be absent: an absence word ("zero", "no", "without", "none") at
   * most four words before it in the same clause (no conjunction, punctuation or preposition
   * between, except "none of"), as in
   * "zero billing errors", "without a single charting error", "None of your tests failed".
   *
   * @param text the text
   * @param index a word index
   * @return whether the word is the object of an absence
   */
  public static boolean absent(AnalyzedText text, int index) {
    WordTable words = WordTable.of(text);
    for (int i = index - 1; i >= 0 && i >= index - ABSENCE_REACH; i--) {
      // "no reason for the errors": the absence is of the reason; but "None of your tests failed"
      boolean ofAfterNone = words.lower(i).equals("of") && i > 0 && words.lower(i - 1).equals("none");
      if (words.pos(i) == PosHint.PREPOSITION && !ofAfterNone) {
        return false;
      }
    }
    return inClauseBefore(text, words, index, ABSENCE_REACH, (w, i) -> ABSENCE.contains(w.lower(i)));
  }

  /** Verbs after which "late" is a time of day: "stayed late", "worked late". */
  private static final java.util.Set<String> LATE_TIME_VERBS = java.util.Set.of("stay", "stayed", "work", "worked",
      "remain", "remained", "until", "till");

  /** Words after which "late" is a time: "the late shift", "late evenings", "late into the night". */
  private static final java.util.Set<String> LATE_TIME_NOUNS = java.util.Set.of("shift", "shifts", "night", "nights",
      "evening", "evenings", "afternoon", "afternoons", "hour", "hours", "into");

  /**
   * Whether a match of the single word "late" means a time of day ("you stayed late to help",
   * "worked late", "the late shift", "late into the night") rather than a delay of the person's
   * delivery or arrival ("the report was late", "you arrived late").
   *
   * @param text the text
   * @param m a match
   * @return whether it is "late" in its time-of-day sense
   */
  public static boolean lateAsTimeOfDay(AnalyzedText text, PhraseMatch m) {
    WordTable words = WordTable.of(text);
    int late = m.firstWord();
    if (m.endWord() - late != 1 || !words.lower(late).equals("late")) {
      return false;
    }
    if (late > 0) {
      int before = late - 1;
      if (words.sentence(before) == words.sentence(late)
          && (LATE_TIME_VERBS.contains(words.lower(before)) || LATE_TIME_VERBS.contains(words.lemma(before)))) {
        return true;
      }
    }
    if (m.endWord() < words.size()) {
      int after = m.endWord();
      return words.sentence(after) == words.sentence(late) && LATE_TIME_NOUNS.contains(words.lower(after));
    }
    return false;
  }
}
