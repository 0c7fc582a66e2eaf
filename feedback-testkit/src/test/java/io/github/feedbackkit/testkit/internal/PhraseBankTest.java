package io.github.feedbackkit.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseBankTest {
  private static final List<String> SECTIONS =
      List.of("first-name", "last-name", "position", "project", "competency", "topic", "tool", "team",
          "summary-opening", "strength", "improvement", "note", "evidence", "action", "measure",
          "purpose", "hostile");
  private static final Set<String> PLACEHOLDERS =
      Set.of("name", "number", "percent", "date", "topic", "tool", "team");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)\\}");

  @Test
  void everySectionTheGeneratorsUseHasPhrases() {
    for (String section : SECTIONS) {
      assertThat(PhraseBank.standard().section(section)).as(section).isNotEmpty();
    }
    assertThat(PhraseBank.standard().section("strength")).hasSizeGreaterThanOrEqualTo(10);
    assertThat(PhraseBank.standard().section("improvement")).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void everyPlaceholderInTheBankIsOneTheGeneratorsFill() {
    for (String section : SECTIONS) {
      if (section.equals("hostile")) {
        continue; // hostile fragments carry template syntax on purpose
      }
      for (String phrase : PhraseBank.standard().section(section)) {
        Matcher m = PLACEHOLDER.matcher(phrase);
        while (m.find()) {
          assertThat(PLACEHOLDERS).as(phrase).contains(m.group(1));
        }
      }
    }
  }

  @Test
  void unknownSectionsAreNamed() {
    assertThatThrownBy(() -> PhraseBank.standard().section("nope"))
        .hasMessage("no phrases in section [nope]");
  }

  @Test
  void escapesAreTurnedIntoCharacters() {
    assertThat(PhraseBank.unescape("a\\u0000b")).isEqualTo("a\u0000b");
    assertThat(PhraseBank.unescape("\\uD83D\\uDE00")).isEqualTo("😀");
    assertThat(PhraseBank.unescape("back\\\\slash \\\\u0041")).isEqualTo("back\\slash \\u0041");
    assertThat(PhraseBank.unescape("plain")).isEqualTo("plain");
    assertThat(PhraseBank.standard().section("hostile")).contains("\u0000", "\u202Eevil\u202C");
  }

  @Test
  void boundedDrawsStayInRangeAndUseEveryValue() {
    Rng rng = new Rng(new SplitMix64(1));
    int[] seen = new int[7];
    for (int i = 0; i < 7_000; i++) {
      seen[rng.below(7)]++;
    }
    for (int count : seen) {
      assertThat(count).isBetween(800, 1200);
    }
    assertThat(rng.between(5, 5)).isEqualTo(5);
    assertThat(rng.between(5, 4)).isEqualTo(5);
    assertThatThrownBy(() -> rng.below(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fitNeverSplitsASurrogatePair() {
    assertThat(TextMaker.fit("ab😀", 3)).isEqualTo("ab");
    assertThat(TextMaker.fit("ab😀", 4)).isEqualTo("ab😀");
    assertThat(TextMaker.fit("abc", 2)).isEqualTo("ab");
  }
}
