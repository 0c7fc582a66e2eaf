package io.github.feedbackkit.rules.internal.text;

import static io.github.feedbackkit.rules.internal.text.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.feedbackkit.rules.AnalyzedText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {
  private static final String PATH = "/io/github/feedbackkit/rules/lexicon/en/test-phrases.tsv";

  private static List<String> found(PhraseLexicon lex, String text) {
    AnalyzedText t = EN.analyze(text);
    return lex.find(t).stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  @Test
  void loadsPhrasesWithAttributes() {
    PhraseLexicon lex = PhraseLexicon.load(PATH);
    assertThat(lex.size()).isEqualTo(4);
    assertThat(lex.entries().get(0).attributes()).containsEntry("category", "age").containsEntry("replacement", "energetic");
  }

  @Test
  void matchesWholeWordsIgnoringCase() {
    PhraseLexicon lex = PhraseLexicon.load(PATH);
    AnalyzedText t = EN.analyze("We want someone Young and Energetic for this.");
    List<PhraseMatch> m = lex.find(t);
    assertThat(m).hasSize(1);
    assertThat(m.get(0).firstWord()).isEqualTo(3);
    assertThat(m.get(0).endWord()).isEqualTo(6);
    assertThat(m.get(0).entry().attributes()).containsEntry("category", "age");
  }

  @Test
  void neverMatchesInsideAWord() {
    PhraseLexicon lex = PhraseLexicon.load(PATH);
    assertThat(found(lex, "Her competence is clear; she is competent.")).isEmpty();
    assertThat(found(lex, "They compete well.")).containsExactly("compete");
  }

  @Test
  void matchesOnLemmas() {
    PhraseLexicon lex = PhraseLexicon.load(PATH);
    assertThat(found(lex, "Both teams competed. She competes.")).containsExactly("competed", "competes");
    assertThat(found(lex, "Not a Culture Fit.")).containsExactly("Culture Fit");
  }

  @Test
  void wildcardMatchesExactlyOneWord() {
    PhraseLexicon lex = PhraseLexicon.load(PATH);
    assertThat(found(lex, "Answer every question. Answer the hard question.")).containsExactly("Answer every question");
  }

  @Test
  void longestMatchWinsAndMatchesDoNotOverlap() {
    PhraseLexicon lex = PhraseLexicon.of(
        List.of(PhraseLexicon.Entry.of("team"), PhraseLexicon.Entry.of("team player"), PhraseLexicon.Entry.of("player")), EN);
    assertThat(found(lex, "A true team player.")).containsExactly("team player");
    assertThat(found(lex, "The team, the player.")).containsExactly("team", "player");
  }

  @Test
  void matchesDoNotCrossSentences() {
    PhraseLexicon lex = PhraseLexicon.of(List.of(PhraseLexicon.Entry.of("culture fit")), EN);
    assertThat(found(lex, "We value culture. Fit matters too.")).isEmpty();
  }

  @Test
  void plusAddsAndReplacesMinusRemoves() {
    PhraseLexicon lex = PhraseLexicon.load(PATH)
        .plus(List.of(new PhraseLexicon.Entry("rockstar", Map.of("category", "jargon")),
            new PhraseLexicon.Entry("compete", Map.of("category", "replaced"))))
        .minus(List.of("Young and energetic"));
    assertThat(lex.size()).isEqualTo(4);
    assertThat(found(lex, "A young and energetic rockstar.")).containsExactly("rockstar");
    assertThat(lex.find(EN.analyze("We compete.")).get(0).entry().attributes()).containsEntry("category", "replaced");
  }

  @Test
  void missingOrMalformedFilesNameThePath() {
    assertThatThrownBy(() -> PhraseLexicon.load("/io/github/feedbackkit/rules/lexicon/en/nope.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("nope.tsv");
    assertThatThrownBy(() -> PhraseLexicon.load("/io/github/feedbackkit/rules/lexicon/en/broken-phrases.tsv"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("broken-phrases.tsv").hasMessageContaining("noequals");
  }

  @Test
  void blankPhrasesAreRejected() {
    assertThatThrownBy(() -> PhraseLexicon.Entry.of("  ")).isInstanceOf(IllegalArgumentException.class);
  }
}
