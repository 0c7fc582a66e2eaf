package io.github.feedbackkit.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LemmaIdsTest {
  @Test
  void idsAreDenseInFirstSeenOrderAndRepeatsKeepTheirFirstId() {
    LemmaIds ids = new LemmaIds(List.of("team", "player", "team", "fit"));
    assertThat(ids.size()).isEqualTo(3);
    assertThat(ids.id("team")).isZero();
    assertThat(ids.id("player")).isEqualTo(1);
    assertThat(ids.id("fit")).isEqualTo(2);
  }

  @Test
  void aLemmaOutsideTheVocabularyHasNoId() {
    LemmaIds ids = new LemmaIds(List.of("team"));
    assertThat(ids.id("Team")).isEqualTo(-1);
    assertThat(ids.id("")).isEqualTo(-1);
    assertThat(new LemmaIds(List.of()).id("team")).isEqualTo(-1);
  }

  @Test
  void collidingHashesKeepDistinctIds() {
    // "Aa" and "BB" share a String hash code, as do their concatenations
    List<String> lemmas = new ArrayList<>(List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"));
    for (int i = 0; i < 500; i++) {
      lemmas.add("w" + i);
    }
    LemmaIds ids = new LemmaIds(lemmas);
    assertThat(ids.size()).isEqualTo(lemmas.size());
    for (int i = 0; i < lemmas.size(); i++) {
      assertThat(ids.id(new String(lemmas.get(i)))).isEqualTo(i);
    }
    assertThat(ids.id("w500")).isEqualTo(-1);
  }
}
