package io.github.feedbackkit.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The tokenizer's note that a text may hold list markers ({@link Tokens#mayHoldList}) lets the
 * segmenter skip the marker pass for most texts; it must never skip one that has a marker.
 */
class ListMarkersTest {
  private final Tokenizer tokenizer = new Tokenizer(new English());

  /** Pieces that make list markers likely, and prose around them. */
  private static final String[] PIECES = {
    "1", "2", "3", "12", "a", "b", "c", "B", "iv", "x", ".", ")", ". ", ") ", " ", "  ", "\n", "\n\n", "-", "- ",
    "*", "* ", "\u2022", "\u2022 ", "\u2013 ", "\u2014", "\u00b7", "(", "[4]", "Fix", "the", "report", "Sent",
    "on", "time", "1.5", "e.g.", "U.S.", "3rd", "x.1.", "\u25cf", "\u2023 ", "5)", "ok", "\n1. ", "\n12. ",
    "\n12.) ", "\na) ", "\n- ", "\n\u2022 ", "\n* "
  };

  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 24)
        .map(ix -> {
          StringBuilder sb = new StringBuilder();
          ix.forEach(i -> sb.append(PIECES[i]));
          return sb.toString();
        });
  }

  private static boolean anyMarker(Lists l, int tokens) {
    for (int k = 0; k < tokens; k++) {
      if (l.markerStart[k] || l.markerDot[k]) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aTextWhoseTokensCannotHoldAListMarkerHasNoneWhenEveryTokenIsLookedAt() {
    qt().withExamples(3000).forAll(texts()).checkAssert(text -> {
      Tokens tok = tokenizer.tokenize(text);
      boolean marked = anyMarker(Lists.scan(text, tok, new Scratch()), tok.size);
      if (marked) {
        assertThat(tok.mayHoldList).as("marker in %s", text.replace("\n", "\\n")).isTrue();
      }
      Lists found = Lists.find(text, tok, new Scratch());
      assertThat(found.any && anyMarker(found, tok.size)).isEqualTo(marked);
    });
  }

  @Test
  void proseWithoutBulletsDashesOrShortTokensBeforeAPeriodIsNotLookedAtAgain() {
    assertThat(tokenizer.tokenize("You sent the report on time. The team read it (twice).").mayHoldList).isFalse();
    assertThat(tokenizer.tokenize("1. Fix the report").mayHoldList).isTrue();
    assertThat(tokenizer.tokenize("12. Fix the report").mayHoldList).isTrue();
    assertThat(tokenizer.tokenize("- Fix the report").mayHoldList).isTrue();
    assertThat(tokenizer.tokenize("\u2022 Fix the report").mayHoldList).isTrue();
    assertThat(tokenizer.tokenize("see b) below").mayHoldList).isTrue();
  }
}
