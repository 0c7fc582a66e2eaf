package io.github.feedbackkit.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.rules.AnalyzedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One example per segmentation rule, in the language of feedback notes. */
class SegmentationTest {
  private final TextAnalyzer en = TextAnalyzer.forLocale(Locale.ENGLISH);

  private List<String> split(String text) {
    AnalyzedText t = en.analyze(text);
    return t.sentences().stream().map(s -> s.text(text)).toList();
  }

  @Test
  void periodQuestionAndExclamationEndSentences() {
    assertThat(split("The demo ran on time. Did you test the edge cases? Great work!"))
        .containsExactly("The demo ran on time.", "Did you test the edge cases?", "Great work!");
  }

  @Test
  void titleBeforeANameNeverEndsASentence() {
    assertThat(split("Ask Ms. Rivera and Prof. Chen for a review."))
        .containsExactly("Ask Ms. Rivera and Prof. Chen for a review.");
  }

  @Test
  void latinAbbreviationsInsideASentenceDoNotSplit() {
    assertThat(split("Name a metric, e.g. latency, and a target, i.e. the p99 value."))
        .containsExactly("Name a metric, e.g. latency, and a target, i.e. the p99 value.");
  }

  @Test
  void abbreviationAtTheEndSplitsBeforeASentenceStarter() {
    assertThat(split("She now works for Acme Inc. The move suits her."))
        .containsExactly("She now works for Acme Inc.", "The move suits her.");
    assertThat(split("Acme Inc. hired her last spring."))
        .containsExactly("Acme Inc. hired her last spring.");
  }

  @Test
  void etcAtTheEndSplitsBeforeAnyCapital() {
    assertThat(split("Bring slides, notes, etc. Rehearse twice."))
        .containsExactly("Bring slides, notes, etc.", "Rehearse twice.");
    assertThat(split("Bring slides, notes, etc. to the session."))
        .containsExactly("Bring slides, notes, etc. to the session.");
  }

  @Test
  void dottedAcronymSplitsOnlyBeforeASentenceStarter() {
    assertThat(split("He moved to the U.S. We miss him."))
        .containsExactly("He moved to the U.S.", "We miss him.");
    assertThat(split("He joined the U.S. Navy in May."))
        .containsExactly("He joined the U.S. Navy in May.");
  }

  @Test
  void clockAbbreviationsSplitBeforeACapital() {
    assertThat(split("The call starts at 9 a.m. and ends at 10 a.m. Please be early."))
        .containsExactly("The call starts at 9 a.m. and ends at 10 a.m.", "Please be early.");
  }

  @Test
  void initialsStayInsideTheName() {
    assertThat(split("Our mentor J. R. Okafor joined later.")).containsExactly("Our mentor J. R. Okafor joined later.");
  }

  @Test
  void decimalsAmountsAndPercentagesKeepTheirPeriods() {
    assertThat(split("Costs fell 2.5% to $3.50 per user. Margins rose."))
        .containsExactly("Costs fell 2.5% to $3.50 per user.", "Margins rose.");
  }

  @Test
  void numberedListItemsOnOneLineAreSentences() {
    assertThat(split("1. Prepare the agenda 2. Share it a day early"))
        .containsExactly("1. Prepare the agenda", "2. Share it a day early");
    assertThat(split("1) Prepare the agenda 2) Share it"))
        .containsExactly("1) Prepare the agenda", "2) Share it");
  }

  @Test
  void aNumberAtASentenceEndIsNotAListMarker() {
    assertThat(split("The team shipped 9. The next release is due soon."))
        .containsExactly("The team shipped 9.", "The next release is due soon.");
  }

  @Test
  void lettersInSequenceAreListMarkers() {
    assertThat(split("a. listen first b. then ask c. summarise"))
        .containsExactly("a. listen first", "b. then ask", "c. summarise");
  }

  @Test
  void bulletLinesAreSentences() {
    assertThat(split("Strengths:\n- clear structure\n- good pace\n• calm under pressure"))
        .containsExactly("Strengths:", "- clear structure", "- good pace", "• calm under pressure");
  }

  @Test
  void lineBreaksEndSentencesButAWrappedLineContinues() {
    assertThat(split("Good pacing\nClear slides")).containsExactly("Good pacing", "Clear slides");
    assertThat(split("The slides were easy \nto follow.")).containsExactly("The slides were easy \nto follow.");
    assertThat(split("Para one\n\n\nPara two")).containsExactly("Para one", "Para two");
  }

  @Test
  void ellipsisEndsASentenceOnlyBeforeACapital() {
    assertThat(split("He paused... then answered well.")).containsExactly("He paused... then answered well.");
    assertThat(split("He paused\u2026 Then he answered.")).containsExactly("He paused\u2026", "Then he answered.");
    assertThat(split("He paused . . . then answered.")).containsExactly("He paused . . . then answered.");
  }

  @Test
  void closingQuotesAndBracketsStayWithTheirSentence() {
    assertThat(split("She said \"ship it.\" Then she left."))
        .containsExactly("She said \"ship it.\"", "Then she left.");
    assertThat(split("(Nobody asked why.) The room went quiet."))
        .containsExactly("(Nobody asked why.)", "The room went quiet.");
  }

  @Test
  void citationsAfterTheMarkStayWithTheirSentence() {
    assertThat(split("Churn fell by a third.[2][3] The board noticed."))
        .containsExactly("Churn fell by a third.[2][3]", "The board noticed.");
  }

  @Test
  void sentencesInsideAQuotationBelongToTheQuotingSentence() {
    assertThat(split("He wrote \u201cDone. Next?\u201d and closed the ticket."))
        .containsExactly("He wrote \u201cDone. Next?\u201d and closed the ticket.");
  }

  @Test
  void repeatedAndMixedMarksEndOnce() {
    assertThat(split("Really?! That fast?? Yes!!")).containsExactly("Really?!", "That fast??", "Yes!!");
  }

  @Test
  void markFollowedByLowerCaseOrDashContinues() {
    assertThat(split("It worked -- wow! -- on the first try.")).containsExactly("It worked -- wow! -- on the first try.");
  }

  @Test
  void urlsAndEmailsKeepTheirPeriods() {
    assertThat(split("See https://example.com/guide.html for details. Mail jo.lee@example.org. Thanks."))
        .containsExactly("See https://example.com/guide.html for details.", "Mail jo.lee@example.org.", "Thanks.");
  }

  @Test
  void missingSpaceAfterAPeriodStillSplits() {
    assertThat(split("Good answer.Weak follow-up.")).containsExactly("Good answer.", "Weak follow-up.");
  }

  @Test
  void aLabelInitialOpensItsSentence() {
    assertThat(split("Q. Why this design? A. It scales.")).containsExactly("Q. Why this design?", "A. It scales.");
  }

  @Test
  void fullWidthMarksEndSentencesWithoutSpaces() {
    assertThat(split("\u826f\u3044\u3002\u7d9a\u3051\u3066\u3002")).containsExactly("\u826f\u3044\u3002", "\u7d9a\u3051\u3066\u3002");
  }

  @Test
  void textWithoutTerminalMarkIsOneSentence() {
    assertThat(split("  great energy in the room  ")).containsExactly("great energy in the room");
    assertThat(split("   \n\n  ")).isEmpty();
  }
}
