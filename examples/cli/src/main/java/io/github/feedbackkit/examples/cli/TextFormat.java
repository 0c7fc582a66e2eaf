package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report for people: a header per input (source, id, verdict, score), one aligned line per
 * dimension with a bar, then each finding as {@code file:line:col  severity  rule  message}, as
 * compilers and linters print them, with the suggestion under it. Every piece of user text is
 * passed through {@link Safe} so that hostile input cannot drive the terminal.
 */
final class TextFormat {
  private static final int BAR = 10;

  private final Ansi ansi;
  private final int maxFindings;

  TextFormat(Ansi ansi) {
    this(ansi, Integer.MAX_VALUE);
  }

  /** A format that lists at most {@code maxFindings} findings per report (the demo's short form). */
  TextFormat(Ansi ansi, int maxFindings) {
    this.ansi = ansi;
    this.maxFindings = maxFindings;
  }

  String format(Checked c) {
    QualityReport r = c.report();
    StringBuilder b = new StringBuilder(512);
    String id = r.feedbackId().orElse(c.item().id() != null ? c.item().id() : "");
    b.append(ansi.bold(Safe.text(c.item().where())));
    if (!id.isEmpty()) {
      b.append("  ").append(ansi.dim(Safe.text(id, 80)));
    }
    b.append('\n');
    String verdict = r.passed() ? ansi.boldGreen("PASS") : ansi.boldRed("REVISE");
    b.append(verdict).append("  score ").append(ansi.bold(Integer.toString(r.score()))).append("/100");
    b.append(ansi.dim("  " + countFindings(r.findings()))).append('\n');
    int width = 0;
    for (var d : r.dimensions().keySet()) {
      width = Math.max(width, d.id().length());
    }
    for (DimensionResult d : r.dimensions().values()) {
      b.append("  ").append(pad(d.dimension().id(), width)).append("  ");
      if (!d.assessed()) {
        b.append(ansi.dim(bar(-1) + "    -  not assessed"));
      } else {
        int score = d.score().getAsInt();
        boolean passed = d.passed().orElse(false);
        String bar = bar(score);
        b.append(passed ? ansi.green(bar) : ansi.red(bar));
        b.append(String.format("  %3d  ", score));
        b.append(passed ? ansi.green("pass") : ansi.boldRed("FAIL"));
        String counts = counts(d.counts());
        if (!counts.isEmpty()) {
          b.append("  ").append(ansi.dim(counts));
        }
      }
      b.append('\n');
    }
    List<Finding> all = r.findings();
    List<Finding> findings = all.size() > maxFindings ? mostSerious(all, maxFindings) : all;
    if (!findings.isEmpty()) {
      Json.Position[] at = positions(c, findings);
      List<String> locations = new ArrayList<>(findings.size());
      int locWidth = 0;
      int ruleWidth = 0;
      for (int i = 0; i < findings.size(); i++) {
        String loc = Safe.text(c.source()) + ":" + at[i].line() + ":" + at[i].column();
        locations.add(loc);
        locWidth = Math.max(locWidth, loc.length());
        ruleWidth = Math.max(ruleWidth, findings.get(i).ruleId().length());
      }
      b.append('\n');
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        b.append(pad(locations.get(i), locWidth)).append("  ");
        b.append(severity(f.severity())).append("  ");
        b.append(ansi.cyan(pad(f.ruleId(), ruleWidth))).append("  ");
        b.append(Safe.text(f.message(), 400)).append('\n');
        for (Suggestion s : f.suggestions()) {
          b.append("    ").append(ansi.dim("↳ ")).append(suggestion(f, s)).append('\n');
        }
      }
      if (findings.size() < all.size()) {
        b.append(ansi.dim("… " + TextFormat.plural(all.size() - findings.size(), "more finding")
            + ": feedbackkit check " + Safe.text(c.source()))).append('\n');
      }
    }
    b.append('\n');
    return b.toString();
  }

  /** The {@code n} most serious findings (the earlier first among equals), in report order. */
  static List<Finding> mostSerious(List<Finding> all, int n) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> {
      int c = all.get(b).severity().compareTo(all.get(a).severity());
      return c != 0 ? c : Integer.compare(a, b);
    });
    List<Integer> kept = new ArrayList<>(order.subList(0, n));
    kept.sort(null);
    List<Finding> out = new ArrayList<>(n);
    for (int i : kept) {
      out.add(all.get(i));
    }
    return out;
  }

  private String suggestion(Finding f, Suggestion s) {
    if (s.kind() == Suggestion.Kind.PROMPT) {
      return Safe.text(s.text(), 400);
    }
    String from = "\"" + Safe.text(f.excerpt(), 80) + "\"";
    if (s.text().isEmpty()) {
      return "delete " + from;
    }
    return from + " → " + ansi.green("\"" + Safe.text(s.text(), 120) + "\"");
  }

  private String severity(Severity s) {
    String word = pad(s.id(), 7);
    switch (s) {
      case ERROR:
        return ansi.boldRed(word);
      case WARNING:
        return ansi.yellow(word);
      default:
        return ansi.dim(word);
    }
  }

  /** Where each finding lies in the input file: line and column, 1-based. */
  static Json.Position[] positions(Checked c, List<Finding> findings) {
    Json.Position[] out = new Json.Position[findings.size()];
    Item item = c.item();
    if (item.kind() == Item.Kind.TEXT) {
      int[] starts = Json.lineStarts(item.content());
      for (int i = 0; i < out.length; i++) {
        Finding f = findings.get(i);
        out[i] = "text".equals(f.field()) ? Json.position(starts, f.start()) : new Json.Position(1, 1);
      }
      return out;
    }
    int[] offsets = new int[findings.size()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = findings.get(i).start();
    }
    Json.Position[] raw = Json.locate(item.content(), Json.fieldsOf(findings), offsets);
    int lineBase = Math.max(item.line(), 1) - 1;
    for (int i = 0; i < out.length; i++) {
      out[i] = new Json.Position(raw[i].line() + lineBase, raw[i].column());
    }
    return out;
  }

  private String bar(int score) {
    if (score < 0) {
      return (ansi.enabled() ? "·" : ".").repeat(BAR);
    }
    int full = (score * BAR + 50) / 100;
    if (ansi.enabled()) {
      return "█".repeat(full) + "░".repeat(BAR - full);
    }
    return "#".repeat(full) + ".".repeat(BAR - full);
  }

  static String countFindings(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "no findings";
    }
    int[] n = new int[Severity.values().length];
    for (Finding f : findings) {
      n[f.severity().ordinal()]++;
    }
    StringBuilder b = new StringBuilder();
    b.append(plural(findings.size(), "finding")).append(':');
    String sep = " ";
    for (int s = n.length - 1; s >= 0; s--) {
      if (n[s] > 0) {
        b.append(sep).append(plural(n[s], Severity.values()[s].id()));
        sep = ", ";
      }
    }
    return b.toString();
  }

  static String plural(long n, String word) {
    return n + " " + (n == 1 ? word : word + "s");
  }

  /** {@code {strengths=2, vagueStatements=1}} → {@code strengths 2 · vague statements 1}. */
  static String counts(Map<String, Integer> counts) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (b.length() > 0) {
        b.append(" · ");
      }
      b.append(words(e.getKey())).append(' ').append(e.getValue());
    }
    return b.toString();
  }

  static String words(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char ch = camel.charAt(i);
      if (Character.isUpperCase(ch)) {
        b.append(' ').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return Safe.text(b.toString(), 60);
  }

  static String pad(String s, int width) {
    int n = s.codePointCount(0, s.length());
    return n >= width ? s : s + " ".repeat(width - n);
  }
}
