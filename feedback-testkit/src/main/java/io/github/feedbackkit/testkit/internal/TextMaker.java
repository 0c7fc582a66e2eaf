package io.github.feedbackkit.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes the texts of generated documents from the phrase bank: realistic sentences with names,
 * numbers and dates filled in, and, when asked, the same texts with hostile fragments mixed in
 * (emoji, surrogate pairs, combining marks, bidi and control characters, markup, very long words).
 * Every text it returns is non-blank and within the length asked for.
 */
public final class TextMaker {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzäöüßéèçñøåłžπдж";

  private final PhraseBank bank;
  private final Rng rng;
  private final boolean hostile;
  private final int size;

  /**
   * @param bank the phrases
   * @param rng the randomness
   * @param hostile whether to mix hostile fragments into texts
   * @param size the size knob: more sentences and fragments as it grows
   */
  public TextMaker(PhraseBank bank, Rng rng, boolean hostile, int size) {
    this.bank = bank;
    this.rng = rng;
    this.hostile = hostile;
    this.size = size;
  }

  /** @return a random phrase of the section, placeholders filled, as realistic or hostile text */
  public String phrase(String section, int maxLength) {
    return finish(fill(rng.pick(bank.section(section))), maxLength);
  }

  /** @return a first name and sometimes a last name */
  public String personName(int maxLength) {
    String name = rng.pick(bank.section("first-name"));
    if (rng.chance(60)) {
      name = name + " " + rng.pick(bank.section("last-name"));
    }
    return finish(name, maxLength);
  }

  /**
   * @param sentences how many sentences from the strength, improvement and action sections
   * @return a feedback paragraph
   */
  public String paragraph(int sentences, int maxLength) {
    List<String> parts = new ArrayList<>();
    parts.add(fill(rng.pick(bank.section("summary-opening"))));
    String[] kinds = {"strength", "improvement", "strength", "action"};
    for (int i = 0; i < sentences; i++) {
      parts.add(fill(rng.pick(bank.section(kinds[rng.below(kinds.length)]))));
    }
    return finish(String.join(" ", parts), maxLength);
  }

  /** @return a word of letters, as long as asked */
  public String longWord(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(LETTERS.charAt(rng.below(LETTERS.length())));
    }
    return b.toString();
  }

  /** Fills {@code {name}}, {@code {number}} and the other placeholders, in one pass. */
  String fill(String template) {
    StringBuilder b = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        b.append(c);
        i++;
        continue;
      }
      String key = template.substring(i + 1, close);
      String value = placeholder(key);
      if (value == null) {
        b.append(c);
        i++;
      } else {
        b.append(value);
        i = close + 1;
      }
    }
    return b.toString();
  }

  private String placeholder(String key) {
    switch (key) {
      case "name":
        return rng.pick(bank.section("first-name"));
      case "number":
        return Integer.toString(rng.between(2, 12));
      case "percent":
        return rng.between(5, 60) + "%";
      case "date":
        return LocalDate.of(2026, 1, 1).plusDays(rng.below(700)).toString();
      case "topic":
        return rng.pick(bank.section("topic"));
      case "tool":
        return rng.pick(bank.section("tool"));
      case "team":
        return rng.pick(bank.section("team"));
      default:
        return null;
    }
  }

  /** Mixes in hostile fragments when asked, then fits the text to the length. */
  private String finish(String text, int maxLength) {
    if (!hostile) {
      return fit(text, maxLength);
    }
    String[] words = text.split(" ", -1);
    List<String> out = new ArrayList<>(List.of(words));
    int fragments = 1 + rng.below(2 + size / 5);
    for (int k = 0; k < fragments; k++) {
      String fragment =
          rng.chance(10)
              ? longWord(rng.between(30, Math.max(31, Math.min(3_000, maxLength))))
              : rng.pick(bank.section("hostile"));
      // never before the first word, so that the text starts with letters and is never blank
      out.add(1 + rng.below(out.size()), fragment);
    }
    String joined = String.join(rng.chance(50) ? " " : "", out);
    return fit(joined, maxLength);
  }

  /**
   * Cuts a text to at most {@code maxLength} UTF-16 units without splitting a surrogate pair.
   *
   * @return the text, or its start
   */
  public static String fit(String text, int maxLength) {
    if (text.length() <= maxLength) {
      return text;
    }
    int end = maxLength;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** @return a lower-case slug of a text, for ids and URLs */
  public static String slug(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    return b.length() == 0 ? "x" : b.toString();
  }
}
