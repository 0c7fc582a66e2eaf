package io.github.feedbackkit.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code feedbackkit render}: what people read, from a feedback document. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Renders a feedback document: the message to the candidate or employee (plain text or HTML"
          + " e-mail body), Markdown for ATS notes, the annotated HTML quality report, or the"
          + " canonical JSON. Internal notes never reach the candidate message.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  feedbackkit render --to candidate-email rejection.json",
      "  feedbackkit render --to candidate-email-html rejection.json > body.html",
      "  feedbackkit render --to html --now 2026-11-20T15:00:00Z rejection.json > report.html",
      "  feedbackkit render --to json - < messy.json   # canonical form"
    })
final class RenderCommand implements Callable<Integer> {
  @ParentCommand FeedbackKitCommand root;

  @Option(
      names = {"-t", "--to"},
      required = true,
      paramLabel = "TARGET",
      completionCandidates = RenderTarget.Candidates.class,
      description = "candidate-email, candidate-email-html, markdown, html or json.")
  String to;

  @Option(names = "--now", paramLabel = "INSTANT", description = "For the html report: judge timeliness as of this instant (ISO-8601).")
  String now;

  @Option(names = "--policy", paramLabel = "FILE", description = "For the html report: a quality policy (JSON).")
  java.nio.file.Path policy;

  @Parameters(arity = "1", paramLabel = "INPUT", description = "A feedback document: .json, .jsonl (each line is rendered; with --to json, as JSON Lines), or - for stdin.")
  String input;

  @Override
  public Integer call() {
    Io io = root.io;
    Ansi errAnsi = Ansi.of(io.errIsTerminal() && !io.noColor());
    RenderTarget target;
    Engine engine;
    try {
      target = RenderTarget.of(to);
      engine = root.engines.create(CheckCommand.settings(policy == null ? null : io.workingDirectory().resolve(policy), now, null));
    } catch (IllegalArgumentException e) {
      io.err().print(Problems.of("render", e.getMessage(), errAnsi));
      return 2;
    } catch (InputProblem p) {
      io.err().print(Problems.setup(policy, "render", p, errAnsi));
      return 2;
    }
    int exit = 0;
    boolean first = true;
    try (Inputs in = new Inputs(List.of(input), io)) {
      while (in.hasNext()) {
        Item item = in.next();
        try {
          if (item.kind() == Item.Kind.UNREADABLE) {
            throw new InputProblem(item.content());
          }
          if (item.kind() == Item.Kind.TEXT) {
            throw new InputProblem("render needs a feedback document (.json or .jsonl), not free text");
          }
          var feedback = engine.readFeedback(item.content());
          // JSON Lines in, JSON Lines out; otherwise the canonical, indented form
          String out = target == RenderTarget.JSON && item.line() > 0
              ? engine.documentJsonLine(feedback)
              : engine.render(feedback, target);
          if (!first && target != RenderTarget.JSON) {
            io.out().print(target == RenderTarget.MARKDOWN ? "\n---\n\n" : "\n");
          }
          io.out().print(out);
          if (!out.endsWith("\n")) {
            io.out().print('\n');
          }
          first = false;
        } catch (InputProblem p) {
          io.out().flush();
          io.err().print(Problems.of(item, p, errAnsi));
          exit = 2;
        }
      }
    }
    io.out().flush();
    return exit;
  }
}
