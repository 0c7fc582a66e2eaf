package io.github.feedbackkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parts of the command line that need no analysis, as a real process. */
class UsageProcessTest extends ProcessTest {
  @Test
  void versionNamesTheBuild() throws Exception {
    Run r = run(null, "--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("feedbackkit 0.").contains("Java ");
  }

  @Test
  void everyCommandHasHelpWithExamples() throws Exception {
    for (String command : new String[] {"demo", "check", "inspect", "render"}) {
      Run r = run(null, command, "--help");
      assertThat(r.exitCode()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Usage: feedbackkit " + command).contains("Examples:");
    }
    Run root = run(null);
    assertThat(root.exitCode()).isZero();
    assertThat(root.out()).contains("Commands:").contains("generate-completion");
  }

  @Test
  void badUsageExitsTwoWithoutAStackTrace() throws Exception {
    Run r = run(null, "check", "--format", "yaml", "x.json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Invalid value for option '--format'").contains("Try 'feedbackkit check --help'");
    assertNoStackTrace(r);
    Run unknown = run(null, "lint");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unmatched argument at index 0: 'lint'");
  }

  @Test
  void shellCompletionIsGenerated() throws Exception {
    Run r = run(null, "generate-completion");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("complete -F _complete_feedbackkit").contains("candidate-email-html");
  }
}
