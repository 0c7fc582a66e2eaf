package io.github.feedbackkit.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.internal.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A large input's field order (a table of positions by hash) finds every name where the map it replaced did. */
class FieldOrderTableTest {
  /**
   * The field order as a plain map, built the way the reader's fallback builds it: each field at
   * its order, then the other fields a finding may name.
   */
  static Map<String, Integer> referenceOrder(List<FieldText> fields) {
    Map<String, Integer> expected = new HashMap<>();
    for (FieldText f : fields) {
      expected.put(f.field(), f.order());
    }
    int next = fields.size();
    for (String other : Reader.OTHER_FIELDS) {
      if (expected.putIfAbsent(other, next) == null) {
        next++;
      }
    }
    return expected;
  }


  @Test
  void largeInputsFindEveryNameAtItsPosition() {
    AnalyzedText t = TextAnalyzer.forLocale(Locale.ENGLISH).analyze("Fine.");
    for (int observations : new int[] {8, 12, 13, 20, 40, 100, 300}) {
      List<FieldText> fields = new ArrayList<>();
      fields.add(new FieldText("summary", 0, FieldRole.SUMMARY, t, List.of(), false, Lexicons.base().find(t)));
      for (int i = 0; i < observations; i++) {
        for (String name : List.of("observations[" + i + "].text", "observations[" + i + "].evidence[0]",
            "actions[" + i + "].description")) {
          fields.add(new FieldText(name, fields.size(), FieldRole.NOTE, t, List.of(), false, Lexicons.base().find(t)));
        }
      }
      FieldOrder order = FieldOrder.of(fields);
      Map<String, Integer> expected = referenceOrder(fields);
      assertThat(order).isEqualTo(expected);
      for (Map.Entry<String, Integer> e : expected.entrySet()) {
        // a fresh string too: found by its characters, not its identity
        assertThat(order.indexOf(new String(e.getKey().toCharArray()))).isEqualTo(e.getValue());
        assertThat(order.get(e.getKey())).isEqualTo(e.getValue());
      }
      for (String absent : List.of("observations[" + observations + "].text", "text", "", "actions", "x")) {
        assertThat(order.indexOf(absent)).isEqualTo(expected.containsKey(absent) ? expected.get(absent) : -1);
      }
    }
  }
}
