package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.internal.text.PhraseLexicon;
import java.util.List;
import java.util.Locale;
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
   * @return the facts of each of their entries, by entry identity
   */
  static Table index(List<PhraseLexicon> lists) {
    return new Table(lists);
  }

  /**
   * The facts of the entries of some lists, found by the entry's identity: an open-addressing
   * table filled once and never changed after (so safe to share between threads).
   */
  static final class Table {
    private final PhraseLexicon.Entry[] keys;
    private final EntryFacts[] values;
    private final int shift;
    private final int mask;

    private Table(List<PhraseLexicon> lists) {
      int n = 0;
      for (PhraseLexicon l : lists) {
        n += l.size();
      }
      int bits = 2;
      while ((1 << bits) < 2 * n) {
        bits++; // at most half full
      }
      this.keys = new PhraseLexicon.Entry[1 << bits];
      this.values = new EntryFacts[1 << bits];
      this.shift = 32 - bits;
      this.mask = (1 << bits) - 1;
      for (PhraseLexicon l : lists) {
        for (PhraseLexicon.Entry e : l.entries()) {
          int i = slot(e);
          while (keys[i] != null && keys[i] != e) {
            i = (i + 1) & mask;
          }
          keys[i] = e;
          values[i] = new EntryFacts(e);
        }
      }
    }

    private int slot(PhraseLexicon.Entry e) {
      return (System.identityHashCode(e) * 0x9E3779B9) >>> shift;
    }

    /**
     * @param e an entry
     * @return its facts, or null when it is no entry of the lists
     */
    EntryFacts get(PhraseLexicon.Entry e) {
      for (int i = slot(e); ; i = (i + 1) & mask) {
        PhraseLexicon.Entry k = keys[i];
        if (k == e) {
          return values[i];
        }
        if (k == null) {
          return null;
        }
      }
    }
  }
}
