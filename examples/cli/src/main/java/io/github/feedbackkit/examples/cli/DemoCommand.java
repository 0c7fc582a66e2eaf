package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.core.Feedback;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code feedbackkit demo}: the README's first command. Checks the bundled samples (copies of
 * {@code examples/samples/} inside the jar), shows each report, the candidate e-mail rendered from
 * the good rejection, and writes the annotated HTML report of the weakest note.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Runs FeedbackKit on the bundled sample feedback (examples/samples/): a rejection after a"
          + " technical interview, an onsite debrief, an employee improvement session, a recognition"
          + " note and a free-text draft. Shows each quality report, the e-mail the candidate would"
          + " receive, and writes an annotated HTML report.",
      "",
      "The samples are judged as of " + DemoCommand.DEMO_NOW + " so that the demo always shows the same thing.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {"  feedbackkit demo", "  feedbackkit demo --output-dir /tmp/fk"})
final class DemoCommand implements Callable<Integer> {
  static final String DEMO_NOW = "2026-11-20T17:00:00Z";
  static final String SAMPLES = "samples/";
  static final String SHOWN_AS = "examples/samples/";

  /** In the order the demo tells its story. */
  static final List<String> SAMPLE_FILES =
      List.of(
          "rejection-technical-interview.json",
          "onsite-debrief.json",
          "improvement-session.json",
          "recognition-note.json",
          "recruiter-draft.txt");

  static final String EMAIL_SAMPLE = "rejection-technical-interview.json";
  static final String HTML_SAMPLE = "onsite-debrief.json";

  @ParentCommand FeedbackKitCommand root;

  @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write the HTML report (default: a new feedbackkit-demo* folder in the temp directory, made for this run).")
  Path outputDir;

  @Override
  public Integer call() throws IOException {
    Io io = root.io;
    Ansi ansi = Ansi.of(io.color());
    Ansi errAnsi = Ansi.of(io.errIsTerminal() && !io.noColor());
    Engine engine;
    try {
      engine =
          root.engines.create(
              new EngineFactory.Settings(null, Clock.fixed(Instant.parse(DEMO_NOW), ZoneOffset.UTC), null));
    } catch (InputProblem p) {
      io.err().print(Problems.of("demo", p.getMessage(), errAnsi));
      return 2;
    }
    var out = io.out();
    out.println(ansi.bold("FeedbackKit demo") + " — checking the quality of " + SAMPLE_FILES.size()
        + " sample feedback notes, as of " + DEMO_NOW + ".");
    out.println(ansi.dim("Each report: the verdict, a score 0-100 per dimension of the rubric, then every finding"
        + " as file:line:col  severity  rule  message, with a suggestion under it."));
    out.println();
    TextFormat text = new TextFormat(ansi, 4);
    Summary summary = new Summary();
    Checked emailSource = null;
    Checked htmlSource = null;
    for (String name : SAMPLE_FILES) {
      String content = sample(name);
      Item item =
          name.endsWith(".txt")
              ? Item.text(SHOWN_AS + name, name, content)
              : Item.json(SHOWN_AS + name, 0, content);
      Checked checked;
      try {
        if (item.kind() == Item.Kind.TEXT) {
          checked = new Checked(item, null, CheckCommand.withId(engine.analyzeText(content), name));
        } else {
          Feedback f = engine.readFeedback(content);
          checked = new Checked(item, f, engine.analyze(f));
        }
      } catch (InputProblem p) {
        io.err().print(Problems.of(item, p, errAnsi));
        return 2;
      }
      summary.add(new Outcome("", "", checked.report()));
      out.print(text.format(checked));
      if (name.equals(EMAIL_SAMPLE)) {
        emailSource = checked;
      }
      if (name.equals(HTML_SAMPLE)) {
        htmlSource = checked;
      }
    }
    out.println(summary.line(ansi));
    out.println();
    if (emailSource != null) {
      out.println(ansi.bold("The e-mail the candidate receives") + ansi.dim(
          " (feedbackkit render --to candidate-email " + emailSource.source() + "):"));
      String rule = ansi.dim("─".repeat(72));
      out.println(rule);
      String email = engine.render(emailSource.feedback(), RenderTarget.CANDIDATE_EMAIL);
      out.print(Safe.lines(email));
      if (!email.endsWith("\n")) {
        out.println();
      }
      out.println(rule);
      out.println();
    }
    if (htmlSource != null) {
      // a new private folder each run: a fixed shared path could be another user's, or a symlink
      Path dir = outputDir != null ? Files.createDirectories(outputDir) : Files.createTempDirectory("feedbackkit-demo");
      Path html = dir.resolve(HTML_SAMPLE.replace(".json", ".html")).toAbsolutePath();
      Files.writeString(html, engine.reportHtml(htmlSource), StandardCharsets.UTF_8);
      out.println(ansi.bold("Annotated HTML report") + " of " + htmlSource.source() + " written to:");
      out.println("  " + ansi.cyan(html.toUri().toString()));
      out.println();
    }
    out.println("Next: " + ansi.bold("./feedbackkit check your-note.txt") + "  ·  "
        + ansi.bold("./feedbackkit check --format jsonl batch.jsonl") + "  ·  " + ansi.bold("./feedbackkit --help"));
    out.flush();
    return 0;
  }

  static String sample(String name) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IOException("bundled sample " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
