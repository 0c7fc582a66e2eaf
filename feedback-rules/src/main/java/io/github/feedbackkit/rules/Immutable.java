package io.github.feedbackkit.rules;

import java.util.List;
import java.util.Objects;

/**
 * Immutable copies of lists for the value types of this package, without a cast to an interface
 * for the lists the analysis makes itself.
 *
 * <p>{@code List.copyOf} keeps a list that {@code List.of} made, after casting it to {@code List};
 * on JDK 17 such a cast on one of the JDK's shared list classes rewrites a one-entry cache in the
 * class (JDK-8180450, fixed in JDK 23). Two threads of one process doing so for every analysed
 * text bounce that cache between their cores: building the analysed texts took 20–30% longer per
 * thread on two threads than on one. Here those lists are told by their class, which needs no cache.
 */
final class Immutable {
  /** The classes of the lists {@code List.of} makes: one or two elements, and none or more. */
  private static final Class<?> FEW = List.of(0).getClass();
  private static final Class<?> MANY = List.of().getClass();

  private Immutable() {}

  /**
   * @param list a list
   * @param name the argument's name, for the exception
   * @return the list itself when {@code List.of} (or {@code List.copyOf}, or {@code Stream.toList})
   *     made it and it holds no null, else {@code List.copyOf(list)}
   * @throws NullPointerException naming the argument when the list is null or holds a null
   */
  static <T> List<T> list(List<T> list, String name) {
    Class<?> c = Objects.requireNonNull(list, name).getClass();
    if (c != FEW && c != MANY) {
      return List.copyOf(list);
    }
    for (int i = 0, n = list.size(); i < n; i++) { // a list of Stream.toList may hold nulls
      Objects.requireNonNull(list.get(i), name);
    }
    return list;
  }
}
