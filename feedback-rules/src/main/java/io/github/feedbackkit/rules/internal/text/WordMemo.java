package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.WordKind;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link Lexeme}s of the word forms one analyzer has met, so that a form is looked up in the
 * language's lists once per analyzer rather than once per text (a vocabulary saturates quickly:
 * a few thousand forms cover most feedback). A memo of a pure function: what it holds never
 * changes a result, only how fast it comes. Thread-safe (lock-free reads) and bounded: it stops
 * remembering at {@link #CAPACITY} forms and never remembers forms longer than {@link #MAX_LENGTH}
 * characters, so hostile input cannot grow it without limit.
 */
final class WordMemo {
  /** The most forms remembered (about 6 MB of heap when full). */
  static final int CAPACITY = 50_000;

  /** Longer forms are computed each time (they are rare, and mostly not words). */
  static final int MAX_LENGTH = 32;

  private final Language lang;
  private final ConcurrentHashMap<String, Lexeme> forms = new ConcurrentHashMap<>(4_096);
  private final AtomicInteger size = new AtomicInteger();

  WordMemo(Language lang) {
    this.lang = lang;
  }

  /**
   * The lexeme of a word form of kind {@link WordKind#WORD}.
   *
   * @param lower the lower-cased, normalised form
   * @return its lexeme
   */
  Lexeme word(String lower) {
    Lexeme x = forms.get(lower);
    if (x != null) {
      return x;
    }
    x = new Lexeme(lang, lower, WordKind.WORD);
    if (lower.length() <= MAX_LENGTH && size.get() < CAPACITY) {
      Lexeme before = forms.putIfAbsent(lower, x);
      if (before == null) {
        size.incrementAndGet();
      } else {
        x = before;
      }
    }
    return x;
  }

  /** @return how many forms are remembered */
  int size() {
    return size.get();
  }
}
