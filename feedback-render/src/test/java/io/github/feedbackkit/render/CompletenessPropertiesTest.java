package io.github.feedbackkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.testkit.FeedbackGenerators;
import io.github.feedbackkit.testkit.QuickTheoriesGenerators;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The recipient's message renders what the document holds: every strength, improvement area,
 * action and follow-up appears, and nothing internal (notes, ratings, metadata) does.
 */
class CompletenessPropertiesTest {
  private static final FeedbackRenderer RENDERER = FeedbackRenderer.builder().build();

  /** A string as it reaches the plain-text message: cleaned, and compared line by line. */
  private static void assertShownInText(String message, String s) {
    for (String line : HtmlChecks.shown(s).replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
      assertThat(message).contains(line.strip());
    }
  }

  @Test
  void textMessageHasEveryStrengthImprovementActionAndFollowUpAndNothingInternal() {
    qt().withExamples(300).forAll(GeneratedDocuments.documents()).checkAssert(f -> {
      checkTextMessage(f);
      assertNothingInternal(f, RENDERER.message(f));
    });
  }

  @Test
  void textMessageOfTheTestkitsDocumentsHasEverythingForTheRecipientAndNoNote() {
    for (FeedbackGenerators gen : List.of(FeedbackGenerators.realistic(), FeedbackGenerators.hostile())) {
      qt().withExamples(150).forAll(QuickTheoriesGenerators.valid(gen)).checkAssert(f -> {
        checkTextMessage(f);
        String text = RENDERER.message(f);
        assertThat(text).doesNotContain("Rating (internal)").doesNotContain("Bewertung (intern)");
        List<String> shown = GeneratedDocuments.recipientStrings(f);
        for (String internal : GeneratedDocuments.internalStrings(f)) {
          if (internal.strip().length() > 12 && shown.stream().noneMatch(s -> s.contains(internal.strip()))) {
            assertThat(text).doesNotContain(internal.strip());
          }
        }
      });
    }
  }

  private static void checkTextMessage(Feedback f) {
    String text = RENDERER.message(f);
    for (Observation o : f.observations()) {
      if (o.type() != ObservationType.NOTE) {
        assertShownInText(text, o.text());
        o.evidence().forEach(e -> assertShownInText(text, e));
      }
    }
    for (ActionItem a : f.actions()) {
      assertShownInText(text, a.description());
      a.measure().ifPresent(m -> assertShownInText(text, m));
    }
    f.followUp().ifPresent(fu -> {
      assertThat(text).contains(fu.scheduledFor().getYear() + "");
      fu.purpose().ifPresent(p -> assertShownInText(text, p));
    });
  }

  @Test
  void htmlMessageHasEveryRecipientStringAndNothingInternal() {
    qt().withExamples(300).forAll(GeneratedDocuments.documents()).checkAssert(f -> {
      String text = Jsoup.parse(RENDERER.messageHtml(f)).body().text();
      for (String s : GeneratedDocuments.recipientStrings(f)) {
        assertThat(text).contains(HtmlChecks.collapse(HtmlChecks.shown(s)));
      }
      assertNothingInternal(f, text);
    });
  }

  @Test
  void withInternalContentTheMessageShowsNotesRatingsAndMetadata() {
    FeedbackRenderer internal = FeedbackRenderer.builder().includeInternal(true).build();
    qt().withExamples(200).forAll(GeneratedDocuments.documents()).checkAssert(f -> {
      String text = internal.message(f);
      GeneratedDocuments.internalStrings(f).forEach(s -> assertShownInText(text, s));
      f.observations().stream().filter(o -> o.rating().isPresent())
          .forEach(o -> assertThat(text).contains(o.rating().get() + "/5"));
    });
  }

  @Test
  void markdownRecordHasEveryObservationActionAndMetadataEntry() {
    qt().withExamples(200).forAll(GeneratedDocuments.documents()).checkAssert(f -> {
      String md = RENDERER.markdown(f);
      assertThat(count(md, "- **", "**")).isEqualTo(f.observations().size() + f.actions().size());
      assertThat(md.contains("## Metadata")).isEqualTo(!f.metadata().isEmpty());
      assertThat(md.contains("## Follow-up")).isEqualTo(f.followUp().isPresent());
      f.observations().stream().filter(o -> o.rating().isPresent())
          .forEach(o -> assertThat(md).contains("rating " + o.rating().get() + "/5"));
    });
  }

  private static int count(String md, String prefix, String bold) {
    int n = 0;
    for (String line : md.split("\n")) {
      if (line.startsWith(prefix) && line.matches("- \\*\\*\\d+\\..*")) {
        n++;
      }
    }
    return n;
  }

  private static void assertNothingInternal(Feedback f, String out) {
    assertThat(out).doesNotContain(GeneratedDocuments.INTERNAL).doesNotContain("/5");
  }
}
