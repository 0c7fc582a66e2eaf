package io.github.feedbackkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.feedbackkit.core.Author;
import io.github.feedbackkit.core.Channel;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackRendererTest {
  private static final FeedbackRenderer RENDERER = FeedbackRenderer.builder().build();

  @Test
  void internalContentIsLeftOutByDefault() {
    Feedback f = Fixtures.phoneScreenRejection();
    assertThat(RENDERER.includesInternal()).isFalse();
    assertThat(RENDERER.message(f)).doesNotContain("Salary expectation").doesNotContain("GH-88213").doesNotContain("2/5");
    assertThat(RENDERER.messageHtml(f)).doesNotContain("Salary expectation").doesNotContain("GH-88213");
    FeedbackRenderer internal = FeedbackRenderer.builder().includeInternal(true).build();
    assertThat(internal.message(f)).contains("Salary expectation above band.").contains("GH-88213").contains("Rating (internal): 2/5");
  }

  @Test
  void sectionsWithNothingToShowAreLeftOutRatherThanFilled() {
    Feedback f = Fixtures.recognition();
    String text = RENDERER.message(f);
    assertThat(text).contains("What we recognise").doesNotContain("What to work on").doesNotContain("Next steps").doesNotContain("Follow-up");
    Feedback onlyImprovement = Fixtures.technicalInterviewRejection()
        .withObservations(Observation.builder().type(ObservationType.IMPROVEMENT).text("No tests were written.").build());
    assertThat(RENDERER.message(onlyImprovement)).doesNotContain("What went well").contains("What could have been stronger");
  }

  @Test
  void wordingFollowsStageOutcomeSessionAndChannel() {
    assertThat(RENDERER.message(Fixtures.phoneScreenRejection()))
        .contains("speak with us about the Backend Engineer role")
        .contains("As promised on our call")
        .contains("not to move forward with your application at this stage")
        .contains("We wish you every success.");
    assertThat(RENDERER.message(Fixtures.technicalInterviewRejection()))
        .contains("After reviewing the technical interview")
        .doesNotContain("As promised");
    assertThat(RENDERER.message(Fixtures.onsiteAdvanced()))
        .contains("moving on to the final stage")
        .contains("As promised on our video call")
        .doesNotContain("not to move forward");
    assertThat(RENDERER.message(Fixtures.recognition()))
        .startsWith("Hi Tomás,")
        .contains("Thank you for your work on the search migration.")
        .doesNotContain("not to move forward");
    assertThat(RENDERER.message(Fixtures.onsiteAdvanced().withOutcome(Outcome.REJECTED)))
        .contains("After discussing the onsite interviews as a team");
  }

  @Test
  void theDocumentsLocalePicksTheWordingWithFallbackToLanguageThenEnglish() {
    Feedback f = Fixtures.technicalInterviewRejection();
    assertThat(RENDERER.message(f.withLocale(Locale.GERMAN))).startsWith("Hallo Grace Hopper,").contains("Mit freundlichen Grüßen");
    assertThat(RENDERER.message(f.withLocale(Locale.forLanguageTag("de-CH")))).isEqualTo(RENDERER.message(f.withLocale(Locale.GERMAN)));
    assertThat(RENDERER.message(f.withLocale(Locale.forLanguageTag("fr-FR")))).isEqualTo(RENDERER.message(f.withLocale(Locale.ENGLISH)));
    assertThat(RENDERER.messageHtml(f.withLocale(Locale.forLanguageTag("de-CH")))).contains("<html lang=\"de-CH\">");
  }

  @Test
  void theFallbackIgnoresTheJvmDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      assertThat(RENDERER.message(Fixtures.recognition().withLocale(Locale.FRENCH))).startsWith("Hi Tomás,");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void germanWordingHasEveryKeyOfTheEnglishMessage() throws IOException {
    Properties en = load("messages.properties");
    Properties de = load("messages_de.properties");
    Set<String> messageKeys = new TreeSet<>(en.stringPropertyNames());
    messageKeys.removeIf(k -> k.startsWith("report."));
    assertThat(messageKeys).hasSizeGreaterThan(50);
    assertThat(de.stringPropertyNames()).containsAll(messageKeys);
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = FeedbackRenderer.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void aTemplateDirectoryOverridesPerContextAndLocale(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("message-text.recognition.mustache"), "Recognition for {{author}}");
    Files.writeString(dir.resolve("message-text.recognition_de.mustache"), "Anerkennung von {{author}}");
    Files.writeString(dir.resolve("message-text.rejected.mustache"), "Rejected: {{{m.intro}}}");
    FeedbackRenderer r = FeedbackRenderer.builder().templateDirectory(dir).build();
    assertThat(r.message(Fixtures.recognition())).isEqualTo("Recognition for Alex");
    assertThat(r.message(Fixtures.recognition().withLocale(Locale.forLanguageTag("de-AT")))).isEqualTo("Anerkennung von Alex");
    assertThat(r.message(Fixtures.phoneScreenRejection())).startsWith("Rejected: After our conversation");
    assertThat(r.message(Fixtures.onsiteAdvanced())).isEqualTo(RENDERER.message(Fixtures.onsiteAdvanced()));
    assertThat(r.messageHtml(Fixtures.recognition())).isEqualTo(RENDERER.messageHtml(Fixtures.recognition()));
  }

  @Test
  void aTemplateLoaderOverridesAndTheMostSpecificContextWins() {
    Map<String, String> store = Map.of(
        "message-text.candidate", "any candidate",
        "message-text.phone-screen-rejected", "phone screen rejection",
        "message-html_de", "<p>deutsch</p>");
    FeedbackRenderer r = FeedbackRenderer.builder().templateLoader(name -> Optional.ofNullable(store.get(name))).build();
    assertThat(r.message(Fixtures.phoneScreenRejection())).isEqualTo("phone screen rejection");
    assertThat(r.message(Fixtures.onsiteAdvanced())).isEqualTo("any candidate");
    assertThat(r.messageHtml(Fixtures.recognition().withLocale(Locale.GERMAN))).isEqualTo("<p>deutsch</p>");
    assertThat(r.message(Fixtures.recognition())).isEqualTo(RENDERER.message(Fixtures.recognition()));
  }

  @Test
  void overridesInHtmlAreStillEscaped(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("message-html.mustache"), "<p>{{author}}</p>");
    FeedbackRenderer r = FeedbackRenderer.builder().templateDirectory(dir).build();
    Feedback f = Fixtures.recognition().withAuthor(io.github.feedbackkit.core.Author.builder().id("a").displayName("<script>x</script>").build());
    assertThat(r.messageHtml(f)).isEqualTo("<p>&lt;script&gt;x&lt;/script&gt;</p>");
  }

  @Test
  void badOverridesFailAtBuildTimeNamingTheFile(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("message-txt.mustache");
    Files.writeString(bad, "x");
    assertThatThrownBy(() -> FeedbackRenderer.builder().templateDirectory(dir).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("message-txt.mustache")
        .hasMessageContaining("unknown template 'message-txt'");
    Files.delete(bad);
    Files.writeString(dir.resolve("message-text.onsight.mustache"), "x");
    assertThatThrownBy(() -> FeedbackRenderer.builder().templateDirectory(dir).build())
        .hasMessageContaining("unknown context 'onsight'");
    assertThatThrownBy(() -> FeedbackRenderer.builder().templateLoader(n -> n.equals("markdown") ? Optional.of("{{#x}}") : Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("template 'markdown' does not compile");
    assertThatThrownBy(() -> FeedbackRenderer.builder().templateDirectory(dir.resolve("missing")).build())
        .hasMessageContaining("does not exist");
  }

  @Test
  void nullArgumentsAreClearErrors() {
    assertThatThrownBy(() -> RENDERER.message(null)).isInstanceOf(IllegalArgumentException.class).hasMessage("feedback must not be null");
    assertThatThrownBy(() -> RENDERER.htmlReport(Fixtures.recognition(), null)).hasMessage("report must not be null");
    assertThatThrownBy(() -> FeedbackRenderer.builder().templateDirectory(null)).hasMessage("directory must not be null");
  }

  @Test
  void channelsWithoutAConversationGetNoRecapSentence() {
    Feedback f = Fixtures.phoneScreenRejection().withChannel(Channel.EMAIL);
    assertThat(RENDERER.message(f)).doesNotContain("As promised");
  }

  @Test
  void messageWithoutAnAuthorNameIsSignedByTheTeamFromTheBundle() {
    Feedback candidate = Fixtures.technicalInterviewRejection().withAuthor(Optional.empty());
    assertThat(RENDERER.message(candidate)).endsWith("Kind regards,\nThe hiring team\n");
    assertThat(RENDERER.messageHtml(candidate)).contains("<p>Kind regards,<br><bdi>The hiring team</bdi></p>");
    assertThat(RENDERER.message(candidate.withLocale(Locale.GERMAN))).endsWith("Mit freundlichen Grüßen\nIhr Recruiting-Team\n");
    Feedback nameless = Fixtures.technicalInterviewRejection().withAuthor(Author.builder().id("int-7").build());
    assertThat(RENDERER.message(nameless)).endsWith("Kind regards,\nThe hiring team\n");

    Feedback employee = Fixtures.recognition().withAuthor(Optional.empty());
    assertThat(RENDERER.message(employee)).endsWith("Kind regards,\nYour team\n").doesNotContain("hiring");
    assertThat(RENDERER.message(employee.withLocale(Locale.GERMAN))).endsWith("Viele Grüße\nIhr Team\n");
  }

  @Test
  void messageWithAnAuthorNameIsSignedByTheAuthor() {
    assertThat(RENDERER.message(Fixtures.technicalInterviewRejection())).endsWith("Kind regards,\nJordan Lee\n").doesNotContain("hiring team");
  }

  @Test
  void framingOffLeavesOutTheBundledThanksAndDecisionButKeepsTheRest() {
    FeedbackRenderer bodyOnly = FeedbackRenderer.builder().framing(false).build();
    Feedback f = Fixtures.technicalInterviewRejection();
    String thanks = "Thank you for the time and effort you put into the technical interview for the Data Engineer role.";
    String intro = "After reviewing the technical interview, we have decided not to move forward with your application."
        + " We would like to share our feedback with you.";
    String framed = RENDERER.message(f);
    assertThat(framed).startsWith("Dear Grace Hopper,\n\n" + thanks + "\n\n" + intro + "\n\nThank you for working through");
    assertThat(bodyOnly.message(f))
        .isEqualTo(framed.replace("\n\n" + thanks + "\n\n" + intro, ""))
        .startsWith("Dear Grace Hopper,\n\nThank you for working through the pipeline exercise with us.\n")
        .contains("What went well", "Thank you again for your interest. We wish you every success.", "Kind regards,\nJordan Lee");

    String html = bodyOnly.messageHtml(f);
    assertThat(html).doesNotContain(thanks).doesNotContain("decided not to move forward")
        .contains("<p>Dear <bdi>Grace Hopper</bdi>,</p>\n<p style=\"white-space:pre-line;\"><bdi>Thank you for working through");
    assertThat(HtmlChecks.parseInert(RENDERER.messageHtml(f)).body().text()).contains("decided not to move forward");
  }

  @Test
  void framingOffDropsTheChannelSentenceAndIsOnByDefault() {
    assertThat(RENDERER.framesMessage()).isTrue();
    FeedbackRenderer bodyOnly = FeedbackRenderer.builder().framing(false).build();
    assertThat(bodyOnly.framesMessage()).isFalse();
    String text = bodyOnly.message(Fixtures.phoneScreenRejection());
    assertThat(text).doesNotContain("As promised").doesNotContain("Thank you for taking the time").doesNotContain("decided not to move forward");
    assertThat(RENDERER.message(Fixtures.phoneScreenRejection())).contains("As promised on our call");
  }
}
