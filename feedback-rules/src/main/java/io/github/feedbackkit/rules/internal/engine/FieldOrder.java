package io.github.feedbackkit.rules.internal.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The position of every field name of an input: its text fields in document order, then the
 * other fields a document finding may name ({@link Reader#OTHER_FIELDS}, those not already
 * taken). An immutable map over one array of names, rather than a hash map built and copied for
 * every analysis; like {@link Map#copyOf}, it rejects a null key.
 */
final class FieldOrder extends AbstractMap<String, Integer> {
  /** Above this many names, look-ups go through a hash map (built once, with the object). */
  private static final int SCAN_LIMIT = 24;

  /** The position of each name in {@link Reader#OTHER_FIELDS}. */
  private static final Map<String, Integer> OTHER_INDEX = otherIndex();

  private static Map<String, Integer> otherIndex() {
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < Reader.OTHER_FIELDS.size(); k++) {
      m.put(Reader.OTHER_FIELDS.get(k), k);
    }
    if (m.size() > Integer.SIZE) {
      throw new IllegalStateException("too many other fields for a bit set of int");
    }
    return Map.copyOf(m);
  }

  /** The length of the longest name in {@link Reader#OTHER_FIELDS}. */
  private static final int OTHER_LENGTH = otherLength();

  private static int otherLength() {
    int n = 0;
    for (int k = 0; k < Reader.OTHER_FIELDS.size(); k++) {
      n = Math.max(n, Reader.OTHER_FIELDS.get(k).length());
    }
    return n;
  }

  /** The name at each position. */
  private final String[] names;
  /**
   * For inputs with many fields, an open-addressing table of positions by the names' hashes
   * (position + 1 in each slot, 0 for none; at most half full), filled once with the object and
   * never changed; null for small inputs.
   */
  private final int[] index;

  private FieldOrder(String[] names) {
    this.names = names;
    if (names.length > SCAN_LIMIT) {
      int size = Integer.highestOneBit(names.length * 2 - 1) << 1;
      int[] slots = new int[size];
      for (int i = 0; i < names.length; i++) {
        int slot = slot(names[i], size);
        while (slots[slot] != 0 && !names[slots[slot] - 1].equals(names[i])) {
          slot = (slot + 1) & (size - 1);
        }
        slots[slot] = i + 1; // a repeated name (the reader makes none) takes its last position, as a map's put
      }
      this.index = slots;
    } else {
      this.index = null;
    }
  }

  private static int slot(String name, int size) {
    return (name.hashCode() * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(size));
  }

  /**
   * @param fields the text fields, their names distinct (as the reader names them)
   * @return the order of their names and the other fields', or null when their orders are not
   *     0, 1, 2, … in list order
   */
  static FieldOrder of(List<FieldText> fields) {
    int n = fields.size();
    List<String> others = Reader.OTHER_FIELDS;
    String[] names = new String[n + others.size()];
    int taken = 0; // the other fields that are text fields too ("summary")
    for (int i = 0; i < n; i++) {
      FieldText f = fields.get(i);
      if (f.order() != i) {
        return null;
      }
      String name = f.field();
      names[i] = name;
      if (name.length() <= OTHER_LENGTH) { // not "observations[0].text" and the like: no look-up
        Integer other = OTHER_INDEX.get(name);
        if (other != null) {
          taken |= 1 << other;
        }
      }
    }
    int next = n;
    for (int k = 0; k < others.size(); k++) {
      if ((taken & (1 << k)) == 0) {
        names[next++] = others.get(k);
      }
    }
    return new FieldOrder(next == names.length ? names : java.util.Arrays.copyOf(names, next));
  }

  private static int indexIn(String[] names, int count, String name) {
    for (int i = 0; i < count; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param name a field name
   * @return its position, or -1 when it is not a field of the input
   */
  int indexOf(String name) {
    Objects.requireNonNull(name, "name");
    if (index != null) {
      for (int slot = slot(name, index.length); ; slot = (slot + 1) & (index.length - 1)) {
        int at = index[slot];
        if (at == 0) {
          return -1;
        }
        if (names[at - 1].equals(name)) {
          return at - 1;
        }
      }
    }
    return indexIn(names, names.length, name);
  }

  @Override
  public Integer get(Object key) {
    Objects.requireNonNull(key, "key");
    int i = key instanceof String s ? indexOf(s) : -1;
    return i < 0 ? null : i;
  }

  @Override
  public boolean containsKey(Object key) {
    Objects.requireNonNull(key, "key");
    return key instanceof String s && indexOf(s) >= 0;
  }

  @Override
  public int size() {
    return names.length;
  }

  @Override
  public Set<Map.Entry<String, Integer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return names.length;
      }

      @Override
      public Iterator<Map.Entry<String, Integer>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < names.length;
          }

          @Override
          public Map.Entry<String, Integer> next() {
            if (i >= names.length) {
              throw new NoSuchElementException();
            }
            int at = i++;
            return new SimpleImmutableEntry<>(names[at], at);
          }
        };
      }
    };
  }
}
