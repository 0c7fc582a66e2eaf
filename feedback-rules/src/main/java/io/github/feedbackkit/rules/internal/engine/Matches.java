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
    String s = text.text();
    for (int i = index - 1; i >= 0 && i >= index - NEGATION_REACH; i--) {
      Word w = words.get(i);
      Word after = words.get(i + 1);
      if (w.sentence() != first.sentence() || w.pos() == PosHint.CONJUNCTION || !gapIsSpace(s, w.end(), after.start())) {
        return false;
      }
      if (w.pos() == PosHint.NEGATION) {
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
    String[] parts = SPACES.split(m.entry().phrase().toLowerCase(Locale.ROOT).strip());
    if (parts.length != m.endWord() - m.firstWord()) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      if (!parts[i].equals("*") && !parts[i].equals(text.words().get(m.firstWord() + i).lower())) {
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
}
