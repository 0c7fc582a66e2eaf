package io.github.feedbackkit.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every ASCII character between letters, between digits and at a token's edges (the tokenizer's class table). */
class TokenizerAsciiTest {
  private final Tokenizer tokenizer = new Tokenizer(new English());

  private List<String> tokens(String t) {
    Tokens tok = tokenizer.tokenize(t);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < tok.size; k++) {
      out.add(t.substring(tok.start[k], tok.end[k]));
    }
    return out;
  }

  private static boolean space(char c) {
    return c == ' ' || c >= 0x09 && c <= 0x0d || c >= 0x1c && c <= 0x1f;
  }

  @Test
  void everyAsciiCharacterBetweenLettersAndBetweenDigits() {
    for (char c = 0; c < 0x80; c++) {
      if (Character.isLetterOrDigit(c)) {
        continue;
      }
      String s = String.valueOf(c);
      String letters = "ab" + c + "cd";
      List<String> expected;
      if (space(c)) {
        expected = List.of("ab", "cd");
      } else if ("'-_@.".indexOf(c) >= 0) {
        expected = List.of(letters);
      } else {
        expected = List.of("ab", s, "cd");
      }
      assertThat(tokens(letters)).as("U+%04X between letters", (int) c).isEqualTo(expected);

      String digits = "12" + c + "34";
      if (space(c)) {
        expected = List.of("12", "34");
      } else if ("-,:/@.".indexOf(c) >= 0) {
        expected = List.of(digits);
      } else if (c == '$') {
        expected = List.of("12$", "34"); // an amount: the sign after the number
      } else if (c == '%') {
        expected = List.of("12%", "34");
      } else {
        expected = List.of("12", s, "34");
      }
      assertThat(tokens(digits)).as("U+%04X between digits", (int) c).isEqualTo(expected);

      assertThat(tokens("AB" + c + "CD")).as("U+%04X between capitals", (int) c)
          .isEqualTo(c == '&' || "'-_@.".indexOf(c) >= 0 ? List.of("AB" + c + "CD")
              : space(c) ? List.of("AB", "CD") : List.of("AB", s, "CD"));

      List<String> edges = tokens(c + "ab" + c);
      assertThat(edges).as("U+%04X around a word", (int) c)
          .isEqualTo(space(c) ? List.of("ab") : List.of(s, "ab", s));
    }
  }

  @Test
  void nonAsciiNeighboursStillDecodeAsCodePoints() {
    assertThat(tokens("caf\u00e9's na\u00efve-ish \u00e9t\u00e9.")).containsExactly("caf\u00e9's", "na\u00efve-ish", "\u00e9t\u00e9", ".");
    assertThat(tokens("\u20ac5 and 5\u20ac, 25\u00b0C")).containsExactly("\u20ac5", "and", "5\u20ac", ",", "25\u00b0C");
    assertThat(tokens("\ud83d\ude00ok \u00a0x")).containsExactly("\ud83d\ude00", "ok", "x");
  }
}
