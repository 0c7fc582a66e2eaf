package io.github.feedbackkit.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown escaping adds a backslash only where a character could start or form a construct. */
class MarkdownEscapeTest {
  private static String md(String s) {
    return Texts.markdown(s, "");
  }

  @Test
  void ordinaryPunctuationInsideALineIsLeftAsWritten() {
    String note = "Follow-up: the 7-day plan (draft), see notes; 50% done? Yes! It's \"fine\" = ok + #2 {x} $5 ^ /path.";
    assertThat(md(note)).isEqualTo(note);
  }

  @Test
  void charactersThatFormConstructsAnywhereAreEscaped() {
    assertThat(md("a *b* _c_ `d` [e](f) <g> &amp; h|i ~~j~~ k@l.m \\ n"))
        .isEqualTo("a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\&amp; h\\|i \\~\\~j\\~\\~ k\\@l.m \\\\ n");
    assertThat(md("see ![img](x) and wow!")).isEqualTo("see \\!\\[img\\](x) and wow!");
  }

  @Test
  void autolinksAreBroken() {
    assertThat(md("go to https://evil.example/path or WWW.evil.example or www.x.y"))
        .isEqualTo("go to https\\://evil.example/path or WWW\\.evil.example or www\\.x.y");
    assertThat(md("ratio 3:2 and time 10:30")).isEqualTo("ratio 3:2 and time 10:30");
  }

  @Test
  void lineStartsThatMakeHeadingsListsQuotesOrUnderlinesAreEscaped() {
    assertThat(md("# h\n- a\n+ b\n* c\n> d\n===\n---\n12. e\n3) f\n  - g")).isEqualTo(
        "\\# h\\\n\\- a\\\n\\+ b\\\n\\* c\\\n\\> d\\\n\\===\\\n\\---\\\n12\\. e\\\n3\\) f\\\n\\- g");
  }

  @Test
  void theSameCharactersLaterInALineAreLeftAlone() {
    assertThat(md("a # b - c + d = e 1. f 2) g")).isEqualTo("a # b - c + d = e 1. f 2) g");
    assertThat(md("x\n1a. y")).isEqualTo("x\\\n1a. y");
  }

  @Test
  void continuationLinesAreIndentedAndTrailingBreaksDropped() {
    assertThat(Texts.markdown("one\r\n\n  two.\n", "  ")).isEqualTo("one\\\n  two.");
  }
}
