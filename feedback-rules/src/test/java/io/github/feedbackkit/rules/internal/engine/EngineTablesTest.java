package io.github.feedbackkit.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.internal.text.PhraseLexicon;
import io.github.feedbackkit.rules.internal.text.PhraseSet;
import io.github.feedbackkit.rules.internal.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's precomputed tables read exactly what the maps and attributes they replace would. */
class EngineTablesTest {
  private static final TextAnalyzer EN = TextAnalyzer.forLocale(Locale.ENGLISH);

  @Test
  void entryFactsAgreeWithTheEntriesAttributes() {
    Lexicons lex = Lexicons.base();
    for (PhraseLexicon l : List.of(lex.evaluation, lex.instance, lex.action, lex.trait, lex.jargon)) {
      for (PhraseLexicon.Entry e : l.entries()) {
        EntryFacts f = lex.facts(e);
        String polarity = e.attributes().getOrDefault("polarity", "");
        assertThat(f.polarity == EntryFacts.NONE).isEqualTo(polarity.isEmpty() || polarity.equals("neutral"));
        assertThat(f.polarity == EntryFacts.POSITIVE).isEqualTo(polarity.equals("positive"));
        assertThat(f.polarity == EntryFacts.NEGATIVE).isEqualTo(polarity.equals("negative"));
        assertThat(f.polarity == EntryFacts.ACHIEVEMENT).isEqualTo(polarity.equals("achievement"));
        assertThat(f.action).isEqualTo("action".equals(e.attributes().get("kind")));
        assertThat(f.weak).isEqualTo("weak".equals(e.attributes().get("strength")));
        assertThat(f.exactForm != null).isEqualTo("exact".equals(e.attributes().get("form")));
      }
    }
    // an entry of no list (a policy's own) is worked out on the spot
    PhraseLexicon.Entry own = new PhraseLexicon.Entry("try", Map.of("kind", "action", "form", "exact"));
    assertThat(lex.facts(own).action).isTrue();
    assertThat(lex.facts(own).exactForm).containsExactly("try");
  }

  @Test
  void exactFormsMatchAsTheAttributeSays() {
    Lexicons lex = Lexicons.base();
    for (String text : List.of("Try the new checklist.", "You tried the new checklist.", "Please try harder.")) {
      AnalyzedText t = EN.analyze(text);
      PhraseSet.Found found = lex.find(t);
      for (PhraseLexicon l : List.of(lex.evaluation, lex.action, lex.trait)) {
        found.of(l).forEach(m -> assertThat(Matches.formOk(t, m, lex.facts(m.entry()).exactForm))
            .isEqualTo(Matches.formOk(t, m)));
      }
    }
  }

  @Test
  void listsAreFoundAtTheirPositions() {
    Lexicons lex = Lexicons.base();
    PhraseSet.Found found = lex.find(EN.analyze(
        "Great work, you never missed a deadline; you are lazy. Try the checklist. We will not move forward."));
    assertThat(found.get(Lexicons.EVALUATION)).isSameAs(found.of(lex.evaluation));
    assertThat(found.get(Lexicons.INSTANCE)).isSameAs(found.of(lex.instance));
    assertThat(found.get(Lexicons.ACTION)).isSameAs(found.of(lex.action));
    assertThat(found.get(Lexicons.TRAIT)).isSameAs(found.of(lex.trait));
    assertThat(found.get(Lexicons.REJECTION)).isSameAs(found.of(lex.rejection));
    assertThat(found.get(Lexicons.DESTRUCTIVE)).isSameAs(found.of(lex.destructive));
  }

  @Test
  void fieldOrderIsTheMapTheReaderUsedToBuild() {
    for (int observations = 0; observations <= 12; observations += 3) {
      for (boolean summary : new boolean[] {false, true}) {
        List<FieldText> fields = new ArrayList<>();
        if (summary) {
          fields.add(field("summary", fields.size()));
        }
        for (int i = 0; i < observations; i++) {
          fields.add(field("observations[" + i + "].text", fields.size()));
          fields.add(field("observations[" + i + "].evidence[0]", fields.size()));
        }
        FieldOrder order = FieldOrder.of(fields);
        Map<String, Integer> expected = FieldOrderTableTest.referenceOrder(fields);
        assertThat(order).isEqualTo(expected);
        assertThat(expected).isEqualTo(order);
        assertThat(order.hashCode()).isEqualTo(expected.hashCode());
        assertThat(order.get("no such field")).isNull();
        assertThat(order.get(42)).isNull();
        assertThat(order.containsKey("deliveredAt")).isTrue();
        assertThatThrownBy(() -> order.get(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> order.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
      }
    }
    assertThat(FieldOrder.of(List.of(field("text", 3)))).isNull(); // orders that are not positions
  }

  private static FieldText field(String name, int order) {
    AnalyzedText t = EN.analyze("Fine.");
    return new FieldText(name, order, FieldRole.NOTE, t, List.of(), false, Lexicons.base().find(t));
  }
}
