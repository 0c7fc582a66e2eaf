package io.github.feedbackkit.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process's surroundings as the commands see them: the three streams (always UTF-8), whether
 * stdout and stderr are terminals, whether color is wanted, and the working directory. Built once
 * in {@link Main}; tests build their own with captured streams.
 *
 * @param out standard output
 * @param err standard error
 * @param in standard input
 * @param outIsTerminal whether stdout is a terminal (colors, aligned text for people)
 * @param errIsTerminal whether stderr is a terminal (progress bar)
 * @param noColor whether color is switched off ({@code NO_COLOR} set, or {@code TERM=dumb})
 * @param workingDirectory where relative inputs are resolved
 */
record Io(
    PrintStream out,
    PrintStream err,
    InputStream in,
    boolean outIsTerminal,
    boolean errIsTerminal,
    boolean noColor,
    Path workingDirectory) {

  /** Whether text output to stdout should carry ANSI colors. */
  boolean color() {
    return outIsTerminal && !noColor;
  }

  /**
   * The real process streams. The launcher tells which streams are terminals through the system
   * properties {@code feedbackkit.stdout.tty} and {@code feedbackkit.stderr.tty} (it can test each
   * descriptor with {@code [ -t 1 ]}); without them, {@link System#console()} decides for both.
   */
  static Io system() {
    PrintStream out =
        new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    boolean console = consoleIsTerminal();
    boolean outTty = flag("feedbackkit.stdout.tty", console);
    boolean errTty = flag("feedbackkit.stderr.tty", console);
    return new Io(
        out,
        err,
        new FileInputStream(FileDescriptor.in),
        outTty,
        errTty,
        noColor(System.getenv()),
        Path.of("").toAbsolutePath());
  }

  static boolean noColor(Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    return (noColor != null && !noColor.isEmpty()) || "dumb".equals(env.get("TERM"));
  }

  private static boolean flag(String name, boolean fallback) {
    String v = System.getProperty(name);
    return v == null || v.isBlank() ? fallback : Boolean.parseBoolean(v.trim());
  }

  /** On JDK 22+ a console exists even when redirected; {@code isTerminal()} then tells. */
  private static boolean consoleIsTerminal() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      Method isTerminal = java.io.Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(c);
    } catch (ReflectiveOperationException absentBeforeJdk22) {
      return true;
    }
  }
}
