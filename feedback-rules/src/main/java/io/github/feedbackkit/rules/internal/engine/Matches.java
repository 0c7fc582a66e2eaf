package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Word;
import io.github.feedbackkit.rules.internal.text.PhraseMatch;
import java.util.List;
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
    List<Word> words = text.words();
    for (int i = m.firstWord(); i < m.endWord(); i++) {
      if (words.get(i).quoted()) {
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
    List<Word> words = text.words();
    Word first = words.get(index);
    if (!first.negated()) {
      return false;
    }
    return inClauseBefore(text, index, NEGATION_REACH, w -> w.pos() == PosHint.NEGATION);
  }

  /**
   * Whether a word matching the test stands at most {@code reach} words before the word at
   * {@code index}, in the same clause: the same sentence, with only spaces or hyphens and no
   * conjunction between.
   */
  private static boolean inClauseBefore(AnalyzedText text, int index, int reach,
      java.util.function.Predicate<Word> test) {
    List<Word> words = text.words();
    Word first = words.get(index);
    String s = text.text();
    for (int i = index - 1; i >= 0 && i >= index - reach; i--) {
      Word w = words.get(i);
      Word after = words.get(i + 1);
      if (w.sentence() != first.sentence() || w.pos() == PosHint.CONJUNCTION || !gapIsSpace(s, w.end(), after.start())) {
        return false;
      }
      if (test.test(w)) {
        return true;
      }
    }
    return false;
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
    return text.words().get(m.firstWord()).pos() == PosHint.NEGATION;
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
    List<Word> words = text.words();
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].equals("*") && !parts[i].equals(words.get(m.firstWord() + i).lower())) {
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
    return text.words().get(m.firstWord()).sentence();
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
    List<Word> words = text.words();
    for (int i = index - 1; i >= 0 && i >= index - ABSENCE_REACH; i--) {
      Word w = words.get(i);
      // "no reason for the errors": the absence is of the reason; but "None of your tests failed"
      boolean ofAfterNone = w.lower().equals("of") && i > 0 && words.get(i - 1).lower().equals("none");
      if (w.pos() == PosHint.PREPOSITION && !ofAfterNone) {
        return false;
      }
    }
    return inClauseBefore(text, index, ABSENCE_REACH, w -> ABSENCE.contains(w.lower()));
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
    List<Word> words = text.words();
    if (m.endWord() - m.firstWord() != 1 || !words.get(m.firstWord()).lower().equals("late")) {
      return false;
    }
    Word late = words.get(m.firstWord());
    if (m.firstWord() > 0) {
      Word before = words.get(m.firstWord() - 1);
      if (before.sentence() == late.sentence()
          && (LATE_TIME_VERBS.contains(before.lower()) || LATE_TIME_VERBS.contains(before.lemma()))) {
        return true;
      }
    }
    if (m.endWord() < words.size()) {
      Word after = words.get(m.endWord());
      return after.sentence() == late.sentence() && LATE_TIME_NOUNS.contains(after.lower());
    }
    return false;
  }
}
