package io.github.feedbackkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Subject;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.Suggestion;
import io.github.feedbackkit.rules.Verdict;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.feedbackkit.testkit.FeedbackGenerators;
import io.github.feedbackkit.testkit.QuickTheoriesGenerators;
import org.jsoup.nodes.Document;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

/** Documents full of hostile text render to pages that run nothing and still show every string. */
class HostileContentTest {
  private static final FeedbackRenderer RENDERER = FeedbackRenderer.builder().build();
  private static final FeedbackRenderer INTERNAL = FeedbackRenderer.builder().includeInternal(true).build();
  private static final Pattern HEADING = Pattern.compile("^#{1,6}(?: .*)?$", Pattern.MULTILINE);

  private static final Gen<Feedback> TESTKIT_HOSTILE = QuickTheoriesGenerators.valid(FeedbackGenerators.hostile());

  @Test
  void messageHtmlRunsNothingAndShowsEveryRecipientString() {
    qt().withFixedSeed(20261124L).withExamples(300).forAll(GeneratedDocuments.documents()).checkAssert(HostileContentTest::checkMessageHtml);
  }

  @Test
  void messageHtmlOfTheTestkitsHostileDocumentsRunsNothingAndShowsEveryRecipientString() {
    qt().withFixedSeed(20261124L).withExamples(100).forAll(TESTKIT_HOSTILE).checkAssert(HostileContentTest::checkMessageHtml);
  }

  static void checkMessageHtml(Feedback f) {
    Document doc = HtmlChecks.parseInert(RENDERER.messageHtml(f));
    String text = doc.body().text();
    for (String s : GeneratedDocuments.recipientStrings(f)) {
      assertThat(text).contains(HtmlChecks.collapse(HtmlChecks.shown(s)));
    }
  }

  @Test
  void messageHtmlWithInternalContentEscapesMetadataAndNotes() {
    qt().withFixedSeed(20261124L).withExamples(200).forAll(GeneratedDocuments.documents()).checkAssert(f -> {
      Document doc = HtmlChecks.parseInert(INTERNAL.messageHtml(f));
      String text = doc.body().text();
      for (String s : GeneratedDocuments.internalStrings(f)) {
        assertThat(text).contains(HtmlChecks.collapse(HtmlChecks.shown(s)));
      }
    });
  }

  @Test
  void htmlReportRunsNothingAndShowsEveryTextField() {
    qt().withFixedSeed(20261124L).withExamples(200).forAll(GeneratedDocuments.documents()).checkAssert(HostileContentTest::checkReport);
    qt().withFixedSeed(20261124L).withExamples(100).forAll(TESTKIT_HOSTILE).checkAssert(HostileContentTest::checkReport);
  }

  static void checkReport(Feedback f) {
    Document doc = HtmlChecks.parseInert(RENDERER.htmlReport(f, reportWithFindingOnEachObservation(f)));
    doc.select("sup.fn-ref").remove();
    String text = doc.body().text();
    f.summary().ifPresent(s -> assertThat(text).contains(HtmlChecks.collapse(HtmlChecks.shown(s))));
    for (Observation o : f.observations()) {
      assertThat(text).contains(HtmlChecks.collapse(HtmlChecks.shown(o.text())));
    }
    f.actions().forEach(a -> assertThat(text).contains(HtmlChecks.collapse(HtmlChecks.shown(a.description()))));
  }

  @Test
  void markdownRecordLetsNoUserTextMakeHeadingsLinksHtmlOrCode() {
    qt().withFixedSeed(20261124L).withExamples(300).forAll(GeneratedDocuments.documents()).checkAssert(HostileContentTest::checkMarkdown);
    qt().withFixedSeed(20261124L).withExamples(100).forAll(TESTKIT_HOSTILE).checkAssert(HostileContentTest::checkMarkdown);
  }

  static void checkMarkdown(Feedback f) {
    String md = RENDERER.markdown(f);
    Matcher m = HEADING.matcher(md);
    while (m.find()) {
      assertThat(m.group()).matches("# Feedback [A-Za-z0-9\\\\._:-]+|## (Summary|Observations|Actions|Follow-up|Metadata)");
    }
    String withoutLinks = md;
    for (var a : f.actions()) {
      if (a.resource().isPresent()) {
        withoutLinks = withoutLinks.replace("<" + a.resource().get().toASCIIString() + ">", "");
      }
    }
    for (char c : "[]<>`~|&@".toCharArray()) {
      assertThat(unescaped(withoutLinks, c)).as("unescaped '%s' in%n%s", c, md).isZero();
    }
    // no image, no URL or www autolink
    assertThat(md).doesNotContain("![");
    assertThat(withoutLinks).doesNotContainPattern("(?<!\\\\)://").doesNotContainPattern("(?i)www\\.");
    // the only bare underscores are inside enum names such as PHONE_SCREEN (intraword: no emphasis)
    assertThat(withoutLinks.replaceAll("(?<=[A-Z])_(?=[A-Z])", "")).satisfies(rest -> assertThat(unescaped(rest, '_')).isZero());
    for (String line : md.split("\n")) {
      String t = line.stripLeading();
      assertThat(t).doesNotStartWith(">").doesNotStartWith("+").doesNotStartWith("=").doesNotStartWith("    ");
      assertThat(t).doesNotMatch("\\d+[.)].*");
      assertThat(t).doesNotMatch("\\*[^*].*");
    }
  }

  @Test
  void textMessageIsolatesBidiControlsAndReplacesControlCharacters() {
    Feedback f = Feedback.builder()
        .id("fb-1")
        .kind(io.github.feedbackkit.core.FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("c-1").displayName("\u202Eevil").build())
        .summary("Bell\u0007 and escape\u001B[31m here.")
        .build();
    String text = RENDERER.message(f);
    assertThat(text).contains("Dear \u2068\u202Eevil\u2069,");
    assertThat(text).contains("Bell\uFFFD and escape\uFFFD[31m here.");
    assertThat(text).doesNotContain("\u0007").doesNotContain("\u001B");
  }

  @Test
  void textMessageHasNoCarriageReturns() {
    Feedback f = Feedback.builder()
        .id("fb-1")
        .kind(io.github.feedbackkit.core.FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("c-1").displayName("Ada\r\nBcc: x@example.org").build())
        .addObservation(Observation.builder().type(ObservationType.STRENGTH).text("one\r\ntwo\rthree").build())
        .build();
    String text = RENDERER.message(f);
    assertThat(text).doesNotContain("\r").contains("- one\n  two\n  three").contains("Dear Ada\nBcc: x@example.org,");
  }

  @Test
  void resourceIsALinkOnlyWhenHttpOrHttps() {
    Feedback f = Feedback.builder()
        .id("fb-1")
        .kind(io.github.feedbackkit.core.FeedbackKind.CANDIDATE)
        .subject(Subject.of("c-1"))
        .summary("See below.")
        .addAction(io.github.feedbackkit.core.ActionItem.builder().description("Read this").resource(URI.create("javascript:alert(1)")).build())
        .addAction(io.github.feedbackkit.core.ActionItem.builder().description("And this").resource(URI.create("https://example.org/x")).build())
        .build();
    Document doc = HtmlChecks.parseInert(RENDERER.messageHtml(f));
    assertThat(doc.select("a[href]")).extracting(e -> e.attr("href")).containsExactly("https://example.org/x");
    assertThat(doc.body().text()).contains("javascript:alert(1)");
    String md = RENDERER.markdown(f);
    assertThat(md).contains("<https://example.org/x>").contains("- Resource: javascript:alert(1)").doesNotContain("<javascript");
  }

  @Test
  void displayNameIsEscapedInTheGreeting() {
    Feedback f = Feedback.builder()
        .id("fb-1")
        .kind(io.github.feedbackkit.core.FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("c-1").displayName("<b onmouseover=\"x()\">Ada</b>").build())
        .addObservation(Observation.builder().type(ObservationType.STRENGTH).text("Fine.").build())
        .build();
    String html = RENDERER.messageHtml(f);
    assertThat(html).contains("Dear <bdi>&lt;b onmouseover=&#34;x()&#34;&gt;Ada&lt;/b&gt;</bdi>,");
    assertThat(HtmlChecks.parseInert(html).select("b")).isEmpty();
  }

  private static int unescaped(String s, char c) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        int slashes = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
          slashes++;
        }
        if (slashes % 2 == 0) {
          count++;
        }
      }
    }
    return count;
  }

  static QualityReport reportWithFindingOnEachObservation(Feedback f) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < f.observations().size(); i++) {
      String t = f.observations().get(i).text();
      int end = Math.min(t.length(), 5);
      if (end > 0 && Character.isHighSurrogate(t.charAt(end - 1))) {
        end--;
      }
      findings.add(new Finding("clarity/test-rule", Dimension.CLARITY, Severity.WARNING, "observations[" + i + "].text", 0, end,
          t.substring(0, end), "A message quoting \"" + t.substring(0, end) + "\" <script>", List.of(Suggestion.prompt("Say <b>more</b>."))));
    }
    return new QualityReport(Optional.of(f.id()), 50, Verdict.REVISE,
        Map.of(Dimension.CLARITY, DimensionResult.assessed(Dimension.CLARITY, 50, false, Map.of())), findings, Metrics.EMPTY);
  }
}
