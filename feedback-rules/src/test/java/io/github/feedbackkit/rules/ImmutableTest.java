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

  private static Finding finding(Severity severity, List<Suggestion> suggestions) {
    return new Finding("clarity/long-sentence", Dimension.CLARITY, severity, "text", 0, 2, "Hi", "Too long.", suggestions);
  }

  private static QualityReport report(List<Finding> findings) {
    return new QualityReport(java.util.Optional.empty(), 80, Verdict.PASS, java.util.Map.of(), findings, Metrics.EMPTY);
  }

  @Test
  void findingKeepsListOfSuggestionsAndCopiesOthers() {
    List<Suggestion> immutable = List.of(Suggestion.prompt("Split it."));
    assertThat(finding(Severity.INFO, immutable).suggestions()).isSameAs(immutable);
    List<Suggestion> mutable = new ArrayList<>(immutable);
    Finding copied = finding(Severity.INFO, mutable);
    mutable.clear();
    assertThat(copied.suggestions()).containsExactly(Suggestion.prompt("Split it."));
    assertThatThrownBy(() -> finding(Severity.INFO, Stream.of((Suggestion) null).toList()))
        .isInstanceOf(NullPointerException.class).hasMessage("suggestions");
  }

  @Test
  void reportKeepsListOfFindingsAndCopiesOthers() {
    List<Finding> immutable = List.of(finding(Severity.WARNING, List.of()));
    assertThat(report(immutable).findings()).isSameAs(immutable);
    List<Finding> mutable = new ArrayList<>(immutable);
    QualityReport copied = report(mutable);
    mutable.clear();
    assertThat(copied.findings()).hasSize(1);
    assertThatThrownBy(() -> report(null)).isInstanceOf(NullPointerException.class).hasMessage("findings");
  }

  @Test
  void hasFindingAtLeastComparesSeverities() {
    QualityReport warning = report(List.of(finding(Severity.INFO, List.of()), finding(Severity.WARNING, List.of())));
    assertThat(warning.hasFindingAtLeast(Severity.INFO)).isTrue();
    assertThat(warning.hasFindingAtLeast(Severity.WARNING)).isTrue();
    assertThat(warning.hasFindingAtLeast(Severity.ERROR)).isFalse();
    assertThat(report(List.of()).hasFindingAtLeast(Severity.INFO)).isFalse();
    assertThatThrownBy(() -> report(List.of()).hasFindingAtLeast(null))
        .isInstanceOf(NullPointerException.class).hasMessage("severity");
  }
}
