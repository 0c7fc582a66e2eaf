package io.github.feedbackkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top of the command tree: {@code feedbackkit <command>}. */
@Command(
    name = "feedbackkit",
    mixinStandardHelpOptions = true,
    versionProvider = FeedbackKitCommand.Version.class,
    usageHelpAutoWidth = true,
    description = {
      "Checks the quality of feedback to job candidates and employees, explains every point it"
          + " takes off, and renders the message the recipient reads.",
      ""
    },
    subcommands = {
      DemoCommand.class,
      CheckCommand.class,
      InspectCommand.class,
      RenderCommand.class,
      AutoComplete.GenerateCompletion.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  feedbackkit demo",
      "  feedbackkit check notes/rejection.json",
      "  feedbackkit check --format jsonl batch.jsonl > reports.jsonl",
      "  feedbackkit render --to candidate-email notes/rejection.json",
      "  source <(feedbackkit generate-completion)",
      "",
      "Exit codes: 0 nothing to revise; 1 some feedback should be revised (see --fail-on);"
          + " 2 bad usage or bad input."
    })
final class FeedbackKitCommand implements Runnable {
  final Io io;
  final EngineFactory engines;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of unexpected errors.")
  boolean verbose;

  FeedbackKitCommand(Io io, EngineFactory engines) {
    this.io = io;
    this.engines = engines;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version written into the jar at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"feedbackkit " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }

    static String version() {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        // unknown version
      }
      return p.getProperty("version", "unknown");
    }
  }
}
