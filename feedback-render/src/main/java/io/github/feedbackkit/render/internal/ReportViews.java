package io.github.feedbackkit.render.internal;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.Suggestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the view of the annotated HTML quality report: each text field split into segments at
 * the findings' span boundaries (a segment is marked with every finding that covers it, so that
 * overlapping findings keep their exact spans), numbered footnotes, the dimension chart as SVG
 * geometry, the verdict and the metrics. Values are raw; the HTML template escapes them.
 */
public final class ReportViews {
  private static final int LABEL_WIDTH = 130;
  private static final int BAR_WIDTH = 300;
  private static final int ROW_HEIGHT = 30;

  private ReportViews() {}

  /** A text field of the document: its path, label and text. */
  private record Field(String path, String label, String text, boolean always) {}

  /**
   * @param feedback the document, or null for free text
   * @param freeText the free text when {@code feedback} is null
   * @param report the report
   * @param w the wording (the report's labels)
   * @return the view
   */
  public static Map<String, Object> report(Feedback feedback, String freeText, QualityReport report, Wording.Bundle w) {
    List<Field> fields =
        feedback != null ? fields(feedback, w) : List.of(new Field("text", w.require("report.field.text"), freeText, true));
    Map<String, Field> byPath = new LinkedHashMap<>();
    fields.forEach(fl -> byPath.put(fl.path(), fl));

    List<Finding> findings = report.findings();
    Map<String, List<Integer>> placed = new HashMap<>();
    List<Map<String, Object>> notes = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding fd = findings.get(i);
      Field fl = byPath.get(fd.field());
      boolean inText = fl != null && fd.start() < fd.end() && fd.end() <= fl.text().length();
      if (inText) {
        placed.computeIfAbsent(fd.field(), k -> new ArrayList<>()).add(i);
      }
      Map<String, Object> note = footnote(i + 1, fd, w);
      note.put("back", inText);
      notes.add(note);
    }

    List<Map<String, Object>> shown = new ArrayList<>();
    for (Field fl : fields) {
      List<Integer> idx = placed.getOrDefault(fl.path(), List.of());
      if (!fl.always() && idx.isEmpty()) {
        continue;
      }
      Map<String, Object> item = new HashMap<>();
      item.put("label", Texts.clean(fl.label()));
      item.put("path", fl.path());
      item.put("segments", segments(Texts.clean(fl.text()), idx, findings, w));
      shown.add(item);
    }

    Map<String, Object> v = new HashMap<>();
    v.put("id", Texts.clean(report.feedbackId().orElse("")));
    v.put("score", report.score());
    v.put("verdict", report.verdict().name());
    v.put("passed", report.passed());
    v.put("fields", shown);
    v.put("hasFindings", !notes.isEmpty());
    v.put("findingCount", notes.size());
    v.put("footnotes", notes);
    v.put("chart", chart(report, w));
    v.put("metrics", metrics(report.metrics()));
    return v;
  }

  private static List<Field> fields(Feedback f, Wording.Bundle w) {
    List<Field> out = new ArrayList<>();
    f.summary().ifPresent(s -> out.add(new Field("summary", w.require("report.field.summary"), s, true)));
    for (int i = 0; i < f.observations().size(); i++) {
      Observation o = f.observations().get(i);
      String p = "observations[" + i + "]";
      Map<String, String> args = new HashMap<>();
      args.put("n", Integer.toString(i + 1));
      args.put("type", w.require("report.type." + o.type().name().toLowerCase(Locale.ROOT)));
      o.competency().ifPresent(c -> args.put("competency", c));
      String key = o.competency().isPresent() ? "report.field.observation.competency" : "report.field.observation";
      out.add(new Field(p + ".text", label(w, key, args), o.text(), true));
      o.competency().ifPresent(c -> out.add(new Field(p + ".competency", label(w, "report.field.competency", args), c, false)));
      for (int j = 0; j < o.evidence().size(); j++) {
        args.put("m", Integer.toString(j + 1));
        out.add(new Field(p + ".evidence[" + j + "]", label(w, "report.field.evidence", args), o.evidence().get(j), false));
      }
    }
    for (int i = 0; i < f.actions().size(); i++) {
      ActionItem a = f.actions().get(i);
      String p = "actions[" + i + "]";
      Map<String, String> args = Map.of("n", Integer.toString(i + 1));
      out.add(new Field(p + ".description", label(w, "report.field.action", args), a.description(), true));
      a.measure().ifPresent(m -> out.add(new Field(p + ".measure", label(w, "report.field.measure", args), m, false)));
    }
    f.followUp()
        .flatMap(fu -> fu.purpose())
        .ifPresent(p -> out.add(new Field("followUp.purpose", w.require("report.field.followUp"), p, true)));
    return out;
  }

  private static String label(Wording.Bundle w, String key, Map<String, String> args) {
    return Wording.format(w.require(key), args, s -> s, s -> s);
  }

  /**
   * Splits a text at every boundary of the given findings' spans.
   *
   * @param text the cleaned field text
   * @param idx indexes of the findings on this field (spans within the text, not empty)
   * @param findings all findings of the report
   * @param w the wording
   * @return the segments: {@code text}, {@code marked}, and for marked ones {@code ids}, {@code
   *     cls}, {@code title} and {@code refs} (footnote numbers of findings ending there)
   */
  static List<Map<String, Object>> segments(
      String text, List<Integer> idx, List<Finding> findings, Wording.Bundle w) {
    TreeSet<Integer> cuts = new TreeSet<>(Set.of(0, text.length()));
    for (int i : idx) {
      cuts.add(findings.get(i).start());
      cuts.add(findings.get(i).end());
    }
    List<Map<String, Object>> out = new ArrayList<>();
    Integer a = cuts.first();
    for (Integer b = cuts.higher(a); b != null; a = b, b = cuts.higher(b)) {
      StringBuilder ids = new StringBuilder();
      StringBuilder title = new StringBuilder();
      List<Map<String, Object>> refs = new ArrayList<>();
      Severity worst = null;
      for (int i : idx) {
        Finding fd = findings.get(i);
        if (fd.start() <= a && fd.end() >= b) {
          int n = i + 1;
          ids.append(ids.length() == 0 ? "" : " ").append(n);
          title.append(title.length() == 0 ? "" : "\n").append('[').append(n).append("] ").append(hover(fd, w));
          worst = worst == null || fd.severity().compareTo(worst) > 0 ? fd.severity() : worst;
          if (fd.end() == b) {
            refs.add(Map.of("n", n));
          }
        }
      }
      Map<String, Object> seg = new HashMap<>();
      seg.put("text", text.substring(a, b));
      seg.put("marked", worst != null);
      seg.put("ids", ids.toString());
      seg.put("cls", worst == null ? "" : "sev-" + worst.id());
      seg.put("title", Texts.stripBidi(title.toString()));
      seg.put("refs", refs);
      out.add(seg);
    }
    return out;
  }

  private static String hover(Finding fd, Wording.Bundle w) {
    String message = Texts.clean(fd.message());
    return fd.suggestion().map(sg -> message + " — " + suggestion(sg, w)).orElse(message);
  }

  private static String suggestion(Suggestion sg, Wording.Bundle w) {
    String key = sg.kind() == Suggestion.Kind.PROMPT
        ? "report.suggestion.prompt"
        : sg.text().isEmpty() ? "report.suggestion.delete" : "report.suggestion.replace";
    return label(w, key, Map.of("text", Texts.clean(sg.text())));
  }

  private static Map<String, Object> footnote(int n, Finding fd, Wording.Bundle w) {
    Map<String, Object> m = new HashMap<>();
    m.put("n", n);
    m.put("rule", Texts.clean(fd.ruleId()));
    m.put("severity", fd.severity().id());
    m.put("field", Texts.clean(fd.field()));
    m.put("span", fd.start() + "–" + fd.end());
    m.put("excerpt", Texts.clean(fd.excerpt()));
    m.put("message", Texts.clean(fd.message()));
    m.put("suggestion", fd.suggestion().map(sg -> suggestion(sg, w)).orElse(""));
    m.put("placed", fd.start() < fd.end());
    return m;
  }

  private static Map<String, Object> chart(QualityReport r, Wording.Bundle w) {
    Set<Dimension> dims = new TreeSet<>(Dimension.builtIns());
    dims.addAll(r.dimensions().keySet());
    List<Map<String, Object>> rows = new ArrayList<>();
    int y = 0;
    for (Dimension d : dims) {
      DimensionResult res = r.dimension(d);
      Map<String, Object> row = new HashMap<>();
      String named = w.get("report.dimension." + d.id());
      String label = named != null ? named : d.id().substring(0, 1).toUpperCase(Locale.ROOT) + d.id().substring(1);
      row.put("label", label);
      row.put("y", y);
      row.put("textY", y + 19);
      row.put("barY", y + 6);
      row.put("assessed", res.assessed());
      int score = res.score().orElse(0);
      boolean passed = res.passed().orElse(false);
      row.put("width", score * BAR_WIDTH / 100);
      row.put("score", score);
      row.put("cls", passed ? "pass" : "fail");
      row.put("status", w.require(res.assessed() ? (passed ? "report.status.pass" : "report.status.fail") : "report.status.notAssessed"));
      rows.add(row);
      y += ROW_HEIGHT;
    }
    Map<String, Object> c = new HashMap<>();
    c.put("rows", rows);
    c.put("labelWidth", LABEL_WIDTH);
    c.put("barWidth", BAR_WIDTH);
    c.put("valueX", LABEL_WIDTH + BAR_WIDTH + 8);
    c.put("width", LABEL_WIDTH + BAR_WIDTH + 120);
    c.put("height", y + 24);
    c.put("axisY", y + 16);
    c.put("midX", LABEL_WIDTH + BAR_WIDTH / 2);
    c.put("endX", LABEL_WIDTH + BAR_WIDTH);
    return c;
  }

  private static Map<String, Object> metrics(Metrics m) {
    Map<String, Object> v = new HashMap<>();
    v.put("characters", m.characters());
    v.put("words", m.words());
    v.put("sentences", m.sentences());
    v.put("syllables", m.syllables());
    v.put("fre", String.format(Locale.ROOT, "%.1f", m.fleschReadingEase()));
    v.put("fkgl", String.format(Locale.ROOT, "%.1f", m.fleschKincaidGrade()));
    v.put("asl", String.format(Locale.ROOT, "%.1f", m.averageSentenceLength()));
    v.put("longest", m.longestSentenceWords());
    return v;
  }
}
