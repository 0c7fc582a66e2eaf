package io.github.feedbackkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Error messages for stderr, one style everywhere: {@code feedbackkit: FILE[:LINE[:COL]]: what is
 * wrong}, then one indented line per detail. Stack traces only with {@code --verbose}.
 */
final class Problems {
  private Problems() {}

  /** An input problem, placed at the input's line (for .jsonl) and the problem's own line/column. */
  static String of(Item item, InputProblem p, Ansi ansi) {
    StringBuilder where = new StringBuilder(Safe.text(item.source()));
    int line = p.line() > 0 ? p.line() + Math.max(item.line(), 1) - 1 : item.line();
    if (line > 0) {
      where.append(':').append(line);
      if (p.column() > 0) {
        where.append(':').append(p.column());
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("feedbackkit: ").append(ansi.bold(where.toString())).append(": ");
    b.append(ansi.boldRed("error:")).append(' ').append(Safe.text(p.getMessage(), 600)).append('\n');
    for (String d : p.details()) {
      b.append("    ").append(Safe.text(d, 600)).append('\n');
    }
    return b.toString();
  }

  /** A problem setting up a command: in the policy file (with its line and column) or elsewhere. */
  static String setup(java.nio.file.Path policy, String command, InputProblem p, Ansi ansi) {
    if (policy == null) {
      return of(command, p.getMessage(), ansi);
    }
    return of(Item.unreadable(policy.toString(), 0, ""), p, ansi);
  }

  static String of(String where, String message, Ansi ansi) {
    return "feedbackkit: "
        + ansi.bold(Safe.text(where))
        + ": "
        + ansi.boldRed("error:")
        + " "
        + Safe.text(message, 600)
        + "\n";
  }

  /** An unexpected exception: its message, and its stack trace when verbose. */
  static String unexpected(String where, Throwable t, boolean verbose, Ansi ansi) {
    String message = "internal error: " + t.getClass().getSimpleName()
        + (t.getMessage() != null ? ": " + t.getMessage() : "")
        + (verbose ? "" : " (run with --verbose for details)");
    StringBuilder b = new StringBuilder(of(where, message, ansi));
    if (verbose) {
      StringWriter w = new StringWriter();
      t.printStackTrace(new PrintWriter(w));
      b.append(w);
    }
    return b.toString();
  }
}
