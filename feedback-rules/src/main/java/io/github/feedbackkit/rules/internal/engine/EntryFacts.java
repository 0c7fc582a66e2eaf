package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.internal.text.PhraseLexicon;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the reader asks of a lexicon entry ({@code polarity}, {@code kind}, {@code strength},
 * {@code form}), worked out once when the word lists are loaded rather than looked up in the
 * entry's attribute map for every match. Immutable.
 */
final class EntryFacts {
  static final int OTHER = 0;
  static final int POSITIVE = 1;
  static final int NEGATIVE = 2;
  static final int ACHIEVEMENT = 3;
  /** "neutral" or no polarity: not an evaluation. */
  static final int NONE = 4;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** One of the polarity codes above. */
  final int polarity;
  /** Whether {@code kind=action}. */
  final boolean action;
  /** Whether {@code strength=weak}. */
  final boolean weak;
  /**
   * For {@code form=exact}: the entry's words, lower-cased, as {@link Matches#formOk} compares
   * them; null when any form counts.
   */
  final String[] exactForm;

  private EntryFacts(PhraseLexicon.Entry e) {
    String p = e.attributes().getOrDefault("polarity", "");
    this.polarity = switch (p) {
      case "positive" -> POSITIVE;
      case "negative" -> NEGATIVE;
      case "achievement" -> ACHIEVEMENT;
      case "neutral", "" -> NONE;
      default -> OTHER;
    };
    this.action = "action".equals(e.attributes().get("kind"));
    this.weak = "weak".equals(e.attributes().get("strength"));
    this.exactForm = "exact".equals(e.attributes().get("form"))
        ? SPACES.split(e.phrase().toLowerCase(Locale.ROOT).strip())
        : null;
  }

  /**
   * @param e an entry
   * @return its facts
   */
  static EntryFacts of(PhraseLexicon.Entry e) {
    return new EntryFacts(e);
  }

  /**
   * @param lists word lists
   * @return the facts of each of their entries, by entry identity (never changed after)
   */
  static Map<PhraseLexicon.Entry, EntryFacts> index(List<PhraseLexicon> lists) {
    Map<PhraseLexicon.Entry, EntryFacts> out = new IdentityHashMap<>();
    for (PhraseLexicon l : lists) {
      for (PhraseLexicon.Entry e : l.entries()) {
        out.put(e, new EntryFacts(e));
      }
    }
    return out;
  }
}
