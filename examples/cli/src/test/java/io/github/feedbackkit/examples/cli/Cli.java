package io.github.feedbackkit.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process with captured streams. */
final class Cli {
  private final Path workingDirectory;
  private final EngineFactory engines;
  private String stdin = "";
  private boolean terminal;

  Cli(Path workingDirectory, EngineFactory engines) {
    this.workingDirectory = workingDirectory;
    this.engines = engines;
  }

  /** The engine factory, to reuse in another {@code Cli}. */
  Engine engine(EngineFactory.Settings settings) throws InputProblem {
    return engines.create(settings);
  }

  Cli stdin(String text) {
    this.stdin = text;
    return this;
  }

  /** Pretends stdout and stderr are terminals (colors on). */
  Cli terminal() {
    this.terminal = true;
    return this;
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io =
        new Io(
            new PrintStream(out, false, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            terminal,
            terminal,
            false,
            workingDirectory);
    int code = Main.execute(args, io, engines);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {}
}
