package io.github.feedbackkit.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.feedbackkit.rules.WordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The tokenizer reads a text eight bytes at a time where it can: a run of one to seven ASCII
 * letters and then a space is a word, packed for the word memo on the way. It must give exactly
 * the tokens of the character-at-a-time scan, which a text that cannot be read as bytes (one with
 * a surrogate pair) still takes.
 */
class TokenizerEightAtATimeTest {
  private static final byte WORD = (byte) WordKind.WORD.ordinal();
  private static final String EMOJI = "\uD83D\uDE00";
  private final Tokenizer tokenizer = new Tokenizer(new English());

  /** Pieces around the edges of the fast path: word lengths 1-9, every neighbour of a word. */
  private static final List<String> PIECES = List.of(
      " ", " ", " ", "  ", "\t", "\n", "\u00a0", "a", "I", "an", "The", "team", "WORKS", "review", "Quickly",
      "deadline", "handovers", "x", "Q3", "3", "42", ".", ",", "'", "'s", "-", "-up", "_", "@", "&", "R&D", "/",
      ":", "e.g.", "www.x.org", "http://a.io", "ana@x.io", "caf\u00e9", "\u00e9", "\u010d", "\u03a9", "\u2019",
      "\u20ac5", "5%", "(", ")", "\"", "\u201c", "\u201d", "\u0000", "\u007f", "h", "w", "hw", "@x");

  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 40).map(ix -> {
      StringBuilder b = new StringBuilder();
      ix.forEach(i -> b.append(PIECES.get(i)));
      return b.toString();
    });
  }

  private record Token(int start, int end, byte type) {}

  private static List<Token> list(Tokens tok) {
    List<Token> out = new ArrayList<>();
    for (int k = 0; k < tok.size; k++) {
      out.add(new Token(tok.start[k], tok.end[k], tok.type[k]));
    }
    return out;
  }

  @Test
  void aTextReadsAsTheCharacterAtATimeScanReadsIt() {
    qt().withExamples(3000).forAll(texts()).checkAssert(s -> {
      List<Token> fast = list(tokenizer.tokenize(s));
      // a surrogate pair at the end: the text's bytes no longer line up, so every word is scanned a
      // character at a time, and the tokens before the pair must be the same
      String slow = s + " " + EMOJI;
      List<Token> reference = list(tokenizer.tokenize(slow));
      assertThat(reference.get(reference.size() - 1)).isEqualTo(new Token(slow.length() - 2, slow.length(), Tokens.PUNCT));
      assertThat(fast).isEqualTo(reference.subList(0, reference.size() - 1));
    });
  }

  @Test
  void aPackedWordIsShortAsciiLettersBeforeASpaceAndPacksAsItsLexemeDoes() {
    WordMemo memo = new WordMemo(new English());
    qt().withExamples(2000).forAll(texts()).checkAssert(s -> {
      Tokens tok = tokenizer.tokenize(s);
      for (int k = 0; k < tok.size; k++) {
        long packed = tok.packed[k];
        if (packed == 0) {
          continue;
        }
        String form = s.substring(tok.start[k], tok.end[k]);
        assertThat(form).matches("[A-Za-z]{1,7}");
        assertThat(s.charAt(tok.end[k])).isEqualTo(' ');
        assertThat(tok.type[k]).isEqualTo(WORD);
        assertThat(packed).isEqualTo(Lexeme.pack(form.toLowerCase(Locale.ROOT)));
        assertThat(memo.lexeme(s, tok.start[k], tok.end[k], WORD, packed))
            .isSameAs(memo.lexeme(s, tok.start[k], tok.end[k], WORD));
      }
    });
  }

  @Test
  void shortWordsBeforeASpaceArePackedAndOthersAreNot() {
    String s = "You Fixed it quickly, and the deadline held: wonderful work by R&D e.g. today ok";
    // "quickly" and "held" end at a mark, "deadline" and "wonderful" are longer than seven letters,
    // "R&D" and "e.g." are no plain runs of letters, and "ok" ends the text
    assertThat(marked(s)).containsExactly("You*", "Fixed*", "it*", "quickly", ",", "and*", "the*", "deadline",
        "held", ":", "wonderful", "work*", "by*", "R&D", "e.g.", "today*", "ok");
  }

  /** The tokens of a text, each packed one marked with a "*". */
  private List<String> marked(String s) {
    Tokens tok = tokenizer.tokenize(s);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < tok.size; k++) {
      out.add(s.substring(tok.start[k], tok.end[k]) + (tok.packed[k] != 0 ? "*" : ""));
    }
    return out;
  }

  @Test
  void aTextWithCharactersBeyondLatin1IsStillReadEightAtATime() {
    // "\u010d" reads as "?" in the text's bytes: never a letter or a space, so the words around it
    // are scanned as before; the words away from it are packed
    assertThat(marked("the \u010dlen team did fine work")).containsExactly("the*", "\u010dlen", "team*", "did*", "fine*", "work");
  }
}
