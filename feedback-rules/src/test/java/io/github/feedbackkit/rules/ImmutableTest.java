package io.github.feedbackkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImmutableTest {
  @Test
  void keepsTheListsOfListOfAsTheyAre() {
    List<String> none = List.of();
    List<String> one = List.of("a");
    List<String> three = List.of("a", "b", "c");
    assertThat(Immutable.list(none, "x")).isSameAs(none);
    assertThat(Immutable.list(one, "x")).isSameAs(one);
    assertThat(Immutable.list(three, "x")).isSameAs(three);
  }

  @Test
  void copiesAMutableListSoThatLaterChangesDoNotShow() {
    List<String> mutable = new ArrayList<>(List.of("a", "b"));
    List<String> kept = Immutable.list(mutable, "x");
    mutable.add("c");
    assertThat(kept).containsExactly("a", "b");
    assertThatThrownBy(() -> kept.add("d")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsANullListNamingTheArgument() {
    assertThatThrownBy(() -> Immutable.list(null, "quotes"))
        .isInstanceOf(NullPointerException.class).hasMessage("quotes");
  }

  @Test
  void rejectsANullElementEvenInAnImmutableListThatAllowsNulls() {
    List<String> withNull = Stream.of("a", null).toList(); // the class of List.of's lists, nulls allowed
    assertThatThrownBy(() -> Immutable.list(withNull, "sentences"))
        .isInstanceOf(NullPointerException.class).hasMessage("sentences");
    assertThatThrownBy(() -> Immutable.list(Arrays.asList("a", null), "sentences"))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void analyzedTextKeepsTheTextLayersListsAndCopiesOthers() {
    Sentence s = new Sentence(0, 0, 3, 0, 0, false, false, false, false);
    List<Sentence> given = new ArrayList<>(List.of(s));
    AnalyzedText copied = new AnalyzedText("Hi.", java.util.Locale.ENGLISH, given, List.of(), new ArrayList<>(), Metrics.EMPTY);
    given.clear();
    assertThat(copied.sentences()).containsExactly(s);
    List<Sentence> immutable = List.of(s);
    AnalyzedText kept = new AnalyzedText("Hi.", java.util.Locale.ENGLISH, immutable, List.of(), List.of(), Metrics.EMPTY);
    assertThat(kept.sentences()).isSameAs(immutable);
  }
}
