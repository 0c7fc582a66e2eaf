package io.github.feedbackkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.Suggestion;
import io.github.feedbackkit.rules.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The highlights of the HTML report cover exactly the findings' spans, read back from the page. */
class ReportSpansTest {
  private static final FeedbackRenderer RENDERER = FeedbackRenderer.builder().build();

  /** A free text and findings with random, possibly overlapping spans that keep surrogate pairs whole. */
  private record Case(String text, QualityReport report) {}

  private static Case generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 1 + r.nextInt(6); i > 0; i--) {
      b.append(GeneratedDocuments.text(r)).append(r.nextBoolean() ? " " : "\n");
    }
    String text = b.toString();
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i <= text.length(); i++) {
      if (i == 0 || i == text.length() || !(Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i)))) {
        cuts.add(i);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = r.nextInt(8); i > 0; i--) {
      int a = cuts.get(r.nextInt(cuts.size()));
      int z = cuts.get(r.nextInt(cuts.size()));
      int start = Math.min(a, z);
      int end = Math.max(a, z);
      if (start == end) {
        continue;
      }
      Severity sev = Severity.values()[r.nextInt(3)];
      findings.add(new Finding("specificity/rule-" + i, Dimension.SPECIFICITY, sev, "text", start, end,
          text.substring(start, end), "Message " + i, r.nextBoolean() ? List.of() : List.of(Suggestion.prompt("Do " + i))));
    }
    if (r.nextInt(4) == 0) {
      findings.add(new Finding("timeliness/late", Dimension.TIMELINESS, Severity.INFO, "deliveredAt", 0, 0, "", "Late.", List.of()));
    }
    QualityReport report = new QualityReport(Optional.empty(), 70, Verdict.REVISE,
        Map.of(Dimension.SPECIFICITY, DimensionResult.assessed(Dimension.SPECIFICITY, 70, true, Map.of())), findings, Metrics.EMPTY);
    return new Case(text, report);
  }

  @Test
  void highlightedSpansAreExactlyTheFindingsSpans() {
    qt().withFixedSeed(20261124L).withExamples(300).forAll(SourceDSL.longs().all().map(ReportSpansTest::generate)).checkAssert(c -> {
      Document doc = HtmlChecks.parseInert(RENDERER.htmlReport(c.text(), c.report()));
      Element p = doc.selectFirst("section[data-field=text] p.text");
      assertThat(p).isNotNull();
      Map<Integer, int[]> spans = new TreeMap<>();
      StringBuilder seen = new StringBuilder();
      for (Node n : p.childNodes()) {
        if (n instanceof Element e && e.hasClass("fn-ref")) {
          continue;
        }
        String t = n instanceof TextNode tn ? tn.getWholeText() : ((Element) n).wholeText();
        int at = seen.length();
        seen.append(t);
        if (n instanceof Element e && e.tagName().equals("mark")) {
          for (String id : e.attr("data-findings").split(" ")) {
            int[] span = spans.computeIfAbsent(Integer.parseInt(id), k -> new int[] {at, at});
            assertThat(span[1]).as("finding %s is contiguous", id).isEqualTo(at);
            span[1] = at + t.length();
          }
        }
      }
      assertThat(seen.toString()).isEqualTo(HtmlChecks.shown(c.text()));
      Map<Integer, List<Integer>> expected = new HashMap<>();
      Map<Integer, List<Integer>> actual = new HashMap<>();
      List<Finding> findings = c.report().findings();
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        if (f.start() < f.end()) {
          expected.put(i + 1, List.of(f.start(), f.end()));
        }
      }
      spans.forEach((id, s) -> actual.put(id, List.of(s[0], s[1])));
      assertThat(actual).isEqualTo(expected);
      assertThat(doc.select("ol.footnotes > li")).hasSize(findings.size());
    });
  }
}
