package io.github.feedbackkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command line as a real process: a new JVM on this build's class path, with {@code Main}
 * as the entry point, the way the launcher runs the jar. Exit codes and streams are the process's
 * own.
 */
abstract class ProcessTest {
  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  Run run(String stdin, String... args) throws IOException, InterruptedException {
    return runWith(List.of(), stdin, args);
  }

  /** Runs with extra JVM options (e.g. a small heap). */
  Run runWith(List<String> jvmOptions, String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-XX:+UseSerialGC");
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().remove("NO_COLOR");
    File out = dir.resolve(".out").toFile();
    File err = dir.resolve(".err").toFile();
    pb.redirectOutput(out).redirectError(err);
    if (stdin == null) {
      pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null").exists() ? new File("/dev/null") : out));
    }
    Process p = pb.start();
    if (stdin != null) {
      try (var in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the command did not finish: " + args);
    }
    return new Run(
        p.exitValue(),
        Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  static void assertNoStackTrace(Run r) {
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
  }
}
