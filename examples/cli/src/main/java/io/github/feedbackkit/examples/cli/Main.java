package io.github.feedbackkit.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The {@code feedbackkit} command line: {@code demo}, {@code check}, {@code inspect},
 * {@code render} and {@code generate-completion}, on FeedbackKit's public API only.
 *
 * <pre>{@code
 * java -jar examples/cli/target/feedbackkit.jar check --format jsonl batch.jsonl
 * }</pre>
 */
public final class Main {
  /**
   * Held so that its level sticks (java.util.logging keeps loggers only weakly): if JBoss Logging
   * ever falls back to java.util.logging, Hibernate Validator's INFO line still stays off stderr.
   */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private Main() {}

  /**
   * Runs the command line and exits with its exit code: 0 nothing to revise, 1 some feedback to
   * revise, 2 bad usage or bad input.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging, which would fall back to java.util.logging
    // and print an INFO line on stderr; route it to SLF4J (no-op in the CLI) instead.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    VALIDATOR_LOG.setLevel(Level.WARNING);
    Io io = Io.system();
    int code = execute(args, io, LibraryEngine::create);
    io.out().flush();
    io.err().flush();
    System.exit(code);
  }

  /** Runs the command line in-process with the given streams; returns the exit code. */
  static int execute(String[] args, Io io, EngineFactory engines) {
    CommandLine cmd = commandLine(io, engines);
    try {
      return cmd.execute(args);
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  static CommandLine commandLine(Io io, EngineFactory engines) {
    FeedbackKitCommand root = new FeedbackKitCommand(io, engines);
    CommandLine cmd = new CommandLine(root);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(io.color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    Ansi errAnsi = Ansi.of(io.errIsTerminal() && !io.noColor());
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          io.err().print(Problems.of(c.getCommandName(), ex.getMessage(), errAnsi));
          io.err().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
          return 2;
        });
    cmd.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          io.err().print(Problems.unexpected(c.getCommandName(), ex, root.verbose, errAnsi));
          return 2;
        });
    return cmd;
  }
}
