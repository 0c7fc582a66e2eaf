package io.github.feedbackkit.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.FeedbackAnalyzer;
import io.github.feedbackkit.rules.QualityReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The report's compact maps ({@link SortedCounts}, {@link DimensionResults}) read exactly as the
 * unmodifiable tree map and linked hash map they replace.
 */
class ReportMapsTest {

  @Test
  void sortedCountsReadAsAnUnmodifiableTreeMap() {
    String[][] keySets = {{}, {"notes"}, {"issues", "notes"}, {"errors", "notes", "warnings"},
        {"improvementAreas", "waysForward", "withoutWayForward"}};
    for (String[] keys : keySets) {
      Integer[] values = new Integer[keys.length];
      for (int i = 0; i < keys.length; i++) {
        values[i] = i == 1 ? 1000 + i : i; // one value past the Integer cache
      }
      SortedCounts counts = SortedCounts.of(keys, values);
      TreeMap<String, Integer> tree = new TreeMap<>();
      for (int i = keys.length - 1; i >= 0; i--) {
        tree.put(keys[i], values[i]);
      }
      Map<String, Integer> expected = Collections.unmodifiableMap(tree);
      assertSameMap(counts, expected);
      for (String probe : List.of("errors", "notes", "zzz", "", "aaa", "issues", "waysForward")) {
        assertThat(counts.get(probe)).isEqualTo(expected.get(probe));
        assertThat(counts.containsKey(probe)).isEqualTo(expected.containsKey(probe));
        assertThat(counts.getOrDefault(probe, -1)).isEqualTo(expected.getOrDefault(probe, -1));
      }
      assertThatThrownBy(() -> counts.get(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> expected.get(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> counts.containsKey(null)).isInstanceOf(NullPointerException.class);
      if (keys.length > 0) {
        assertThatThrownBy(() -> counts.get(42)).isInstanceOf(ClassCastException.class);
        assertThatThrownBy(() -> expected.get(42)).isInstanceOf(ClassCastException.class);
      } else {
        assertThat(counts.get(42)).isEqualTo(expected.get(42)).isNull();
      }
      assertUnmodifiable(counts, "notes", 1);
    }
    assertThatThrownBy(() -> SortedCounts.of(new String[] {"b", "a"}, 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SortedCounts.of(new String[] {"a"}, 1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dimensionResultsReadAsAnUnmodifiableLinkedHashMap() {
    List<Dimension> dims = new ArrayList<>(Dimension.builtIns());
    dims.add(Dimension.of("inclusion"));
    dims.add(Dimension.of("tone"));
    Dimension[] keys = dims.toArray(new Dimension[0]);
    DimensionResult[] values = new DimensionResult[keys.length];
    LinkedHashMap<Dimension, DimensionResult> linked = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      values[i] = i % 2 == 0 ? DimensionResult.notAssessed(keys[i])
          : DimensionResult.assessed(keys[i], 10 * i, i > 2, Map.of("warnings", i));
      linked.put(keys[i], values[i]);
    }
    DimensionResults results = new DimensionResults(keys, values);
    Map<Dimension, DimensionResult> expected = Collections.unmodifiableMap(linked);
    assertSameMap(results, expected);
    for (Object probe : new Object[] {Dimension.CLARITY, Dimension.of("tone"), Dimension.of("other"), null, "clarity"}) {
      assertThat(results.get(probe)).isEqualTo(expected.get(probe));
      assertThat(results.containsKey(probe)).isEqualTo(expected.containsKey(probe));
    }
    assertUnmodifiable(results, Dimension.CLARITY, values[0]);
    assertThatThrownBy(() -> new DimensionResults(new Dimension[] {Dimension.CLARITY, Dimension.TIMELINESS},
        new DimensionResult[] {values[3], values[0]})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DimensionResults(new Dimension[] {Dimension.TIMELINESS},
        new DimensionResult[] {values[1]})).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportsKeepTheEngineMapsAndEqualCopies() {
    FeedbackAnalyzer analyzer = FeedbackAnalyzer.builder().loadPlugins(false).build();
    for (String text : List.of("", "Good job.", "Your analytical skills need work. You always interrupt.",
        "In the design round you sized the cache from the read/write ratio. Try the STAR format next time.")) {
      QualityReport r = analyzer.analyze(text);
      assertThat(r.dimensions()).isInstanceOf(DimensionResults.class);
      // a report made from another report's maps equals it, with the maps copied the general way
      QualityReport copy = new QualityReport(r.feedbackId(), r.score(), r.verdict(), new LinkedHashMap<>(r.dimensions()),
          r.findings(), r.metrics());
      assertThat(copy).isEqualTo(r);
      assertThat(r).isEqualTo(copy);
      assertThat(copy.hashCode()).isEqualTo(r.hashCode());
      assertThat(copy.toString()).isEqualTo(r.toString());
      for (DimensionResult d : r.dimensions().values()) {
        DimensionResult general = new DimensionResult(d.dimension(), d.assessed(), d.score(), d.passed(),
            new LinkedHashMap<>(d.counts()));
        assertThat(general).isEqualTo(d);
        assertThat(d).isEqualTo(general);
        assertThat(general.hashCode()).isEqualTo(d.hashCode());
        assertThat(general.toString()).isEqualTo(d.toString());
        assertThat(new ArrayList<>(d.counts().keySet())).isSorted();
      }
    }
  }

  private static <K, V> void assertSameMap(Map<K, V> actual, Map<K, V> expected) {
    assertThat(actual).isEqualTo(expected);
    assertThat(expected).isEqualTo(actual);
    assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
    assertThat(actual.toString()).isEqualTo(expected.toString());
    assertThat(actual.size()).isEqualTo(expected.size());
    assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
    assertThat(new ArrayList<>(actual.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
    assertThat(new ArrayList<>(actual.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
    assertThat(new ArrayList<>(actual.values())).isEqualTo(new ArrayList<>(expected.values()));
    List<K> seen = new ArrayList<>();
    actual.forEach((k, v) -> seen.add(k));
    assertThat(seen).isEqualTo(new ArrayList<>(expected.keySet()));
  }

  private static <K, V> void assertUnmodifiable(Map<K, V> map, K key, V value) {
    List<Consumer<Map<K, V>>> changes = List.of(
        m -> m.put(key, value), m -> m.remove(key), m -> m.clear(), m -> m.putAll(Map.of(key, value)),
        m -> m.putIfAbsent(key, value), m -> m.replace(key, value), m -> m.replaceAll((k, v) -> v),
        m -> m.computeIfAbsent(key, k -> value), m -> m.compute(key, (k, v) -> v), m -> m.merge(key, value, (a, b) -> a),
        m -> m.keySet().clear(), m -> m.values().clear(), m -> m.entrySet().clear(),
        m -> m.keySet().remove(key), m -> m.entrySet().iterator().next().setValue(value));
    for (Consumer<Map<K, V>> change : changes) {
      assertThatThrownBy(() -> change.accept(map)).isInstanceOfAny(
          UnsupportedOperationException.class, java.util.NoSuchElementException.class);
    }
  }
}
