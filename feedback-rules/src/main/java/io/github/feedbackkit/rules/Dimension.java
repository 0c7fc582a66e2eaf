package io.github.feedbackkit.rules;

import java.util.List;
import java.util.Objects;

/**
 * A quality dimension: one of the six of the rubric, or one added by a plugin. Identified by a
 * stable lower-case id; ordered with the built-in dimensions first (in rubric order), then the
 * others by id.
 *
 * <pre>{@code
 * Dimension d = Dimension.of("specificity");   // == Dimension.SPECIFICITY
 * Dimension custom = Dimension.of("inclusivity");
 * }</pre>
 */
public final class Dimension implements Comparable<Dimension> {
  /** Feedback delivered promptly after the event. */
  public static final Dimension TIMELINESS = new Dimension("timeliness", 0);
  /** Observable behaviour, situations, examples or data rather than verdicts. */
  public static final Dimension SPECIFICITY = new Dimension("specificity", 1);
  /** Strengths as well as improvement areas, in a constructive tone. */
  public static final Dimension BALANCE = new Dimension("balance", 2);
  /** Plain language understood on first reading. */
  public static final Dimension CLARITY = new Dimension("clarity", 3);
  /** What the recipient can do next. */
  public static final Dimension ACTIONABILITY = new Dimension("actionability", 4);
  /** Judges the work, not the person; mentions nothing it must not. */
  public static final Dimension FAIRNESS = new Dimension("fairness", 5);

  private static final List<Dimension> BUILT_INS =
      List.of(TIMELINESS, SPECIFICITY, BALANCE, CLARITY, ACTIONABILITY, FAIRNESS);

  private final String id;
  private final int rank;

  private Dimension(String id, int rank) {
    this.id = id;
    this.rank = rank;
  }

  /**
   * @param id a lower-case id: a letter, then letters, digits or hyphens, at most 64 characters
   * @return the built-in dimension with this id, or a new plugin dimension
   * @throws IllegalArgumentException when the id is malformed
   */
  public static Dimension of(String id) {
    Objects.requireNonNull(id, "id");
    for (Dimension d : BUILT_INS) {
      if (d.id.equals(id)) {
        return d;
      }
    }
    if (!isWellFormed(id)) {
      throw new IllegalArgumentException(
          "malformed dimension id '" + id + "': expected a lower-case letter, then letters, digits or '-'");
    }
    return new Dimension(id, Integer.MAX_VALUE);
  }

  /** @return the six dimensions of the rubric, in rubric order */
  public static List<Dimension> builtIns() {
    return BUILT_INS;
  }

  /** @return whether this is one of the six dimensions of the rubric */
  public boolean isBuiltIn() {
    return rank != Integer.MAX_VALUE;
  }

  /** @return the stable lower-case id */
  public String id() {
    return id;
  }

  static boolean isWellFormed(String id) {
    return isWellFormed(id, 0, id.length());
  }

  /**
   * {@link #isWellFormed(String)} of {@code s.substring(from, to)}, without the copy.
   */
  static boolean isWellFormed(String s, int from, int to) {
    int length = to - from;
    if (length <= 0 || length > 64 || s.charAt(from) < 'a' || s.charAt(from) > 'z') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(Dimension o) {
    int c = Integer.compare(rank, o.rank);
    return c != 0 ? c : id.compareTo(o.id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dimension d && d.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** @return the id */
  @Override
  public String toString() {
    return id;
  }
}
