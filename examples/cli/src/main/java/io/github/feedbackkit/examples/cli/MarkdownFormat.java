package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Suggestion;

/**
 * The report in Markdown, for a ticket, a pull request or an ATS note: a heading with the verdict,
 * a table of the dimensions, and the findings as a numbered list. Every piece of user text is
 * escaped (ASCII punctuation backslash-escaped, line breaks and control characters neutralised)
 * so that it cannot make headings, links, tables or HTML.
 */
final class MarkdownFormat {
  String format(Checked c) {
    QualityReport r = c.report();
    StringBuilder b = new StringBuilder(1024);
    String id = r.feedbackId().orElse(c.item().id() != null ? c.item().id() : c.source());
    b.append("## ").append(r.passed() ? "PASS" : "REVISE").append(": ").append(escape(id))
        .append(" (score ").append(r.score()).append("/100)\n\n");
    b.append("Source: ").append(escape(c.item().where())).append("\n\n");
    b.append("| Dimension | Score | Result |\n|---|---:|---|\n");
    for (DimensionResult d : r.dimensions().values()) {
      b.append("| ").append(d.dimension().id()).append(" | ");
      if (d.assessed()) {
        b.append(d.score().getAsInt()).append(" | ").append(d.passed().orElse(false) ? "pass" : "**fail**");
      } else {
        b.append("– | not assessed");
      }
      b.append(" |\n");
    }
    b.append('\n');
    if (r.findings().isEmpty()) {
      b.append("No findings.\n");
      return b.toString();
    }
    b.append("### Findings\n\n");
    int n = 1;
    for (Finding f : r.findings()) {
      b.append(n++).append(". **").append(f.severity().id()).append("** `").append(f.ruleId()).append("` in ")
          .append(escape(f.field()));
      if (!f.excerpt().isEmpty()) {
        b.append(": “").append(escape(f.excerpt())).append('”');
      }
      b.append(". ").append(escape(f.message())).append('\n');
      for (Suggestion s : f.suggestions()) {
        b.append("   - ");
        if (s.kind() == Suggestion.Kind.REPLACE) {
          b.append(s.text().isEmpty() ? "Delete it." : "Write “" + escape(s.text()) + "” instead.");
        } else {
          b.append(escape(s.text()));
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** Escapes user text for Markdown: inline, inert, one line. */
  static String escape(String s) {
    String safe = Safe.text(s, 2000);
    StringBuilder b = new StringBuilder(safe.length() + 16);
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      if (c < 0x80 && c > 0x20 && !Character.isLetterOrDigit(c)) {
        b.append('\\');
      }
      b.append(c == '\t' ? ' ' : c);
    }
    return b.toString();
  }
}
