package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals over a run, for the summary line and the exit code: documents, PASS and REVISE counts,
 * reports with an error finding, inputs that could not be checked, and the mean score of each
 * dimension over the documents where it was assessed. Used from one thread.
 */
final class Summary {
  private long documents;
  private long passed;
  private long revise;
  private long withErrors;
  private long problems;
  private final Map<Dimension, long[]> scores = new TreeMap<>();

  void add(Outcome o) {
    if (o.failed()) {
      problems++;
      return;
    }
    QualityReport r = o.report();
    documents++;
    if (r.passed()) {
      passed++;
    } else {
      revise++;
    }
    if (r.hasFindingAtLeast(Severity.ERROR)) {
      withErrors++;
    }
    for (DimensionResult d : r.dimensions().values()) {
      if (d.assessed()) {
        long[] s = scores.computeIfAbsent(d.dimension(), k -> new long[2]);
        s[0] += d.score().getAsInt();
        s[1]++;
      }
    }
  }

  long documents() {
    return documents;
  }

  long problems() {
    return problems;
  }

  /**
   * @param failOn {@code revise}, {@code error} or {@code never}
   * @return 2 when some input could not be checked; 1 when some report fails per {@code failOn};
   *     0 otherwise
   */
  int exitCode(FailOn failOn) {
    if (problems > 0) {
      return 2;
    }
    switch (failOn) {
      case REVISE:
        return revise > 0 ? 1 : 0;
      case ERROR:
        return withErrors > 0 ? 1 : 0;
      default:
        return 0;
    }
  }

  String line(Ansi ansi) {
    StringBuilder b = new StringBuilder();
    b.append(ansi.bold(TextFormat.plural(documents, "document"))).append(": ");
    b.append(ansi.green(passed + " PASS")).append(", ");
    b.append(revise > 0 ? ansi.red(revise + " REVISE") : revise + " REVISE");
    b.append(", ");
    String errors = TextFormat.plural(problems, "input error");
    b.append(problems > 0 ? ansi.boldRed(errors) : errors);
    if (!scores.isEmpty()) {
      b.append(" · mean score");
      String sep = " ";
      for (Map.Entry<Dimension, long[]> e : scores.entrySet()) {
        long[] s = e.getValue();
        b.append(sep).append(e.getKey().id()).append(' ').append(Math.round((double) s[0] / s[1]));
        sep = ", ";
      }
    }
    return b.toString();
  }

  /** When a run fails: on REVISE verdicts, on error findings only, or never (input errors still exit 2). */
  enum FailOn {
    REVISE,
    ERROR,
    NEVER
  }
}
