package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.rules.QualityReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code feedbackkit check}: analyzes each input and prints its report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Analyzes each input and prints its quality report: a score 0-100 per dimension, the verdict"
          + " (PASS or REVISE) and every finding with its place and a suggestion.",
      "",
      "INPUT is a path or - (stdin): .txt is free text (the feedback id is the file name), .json one"
          + " feedback document, .jsonl one document per line (streamed in constant memory, checked"
          + " on all cores, reported in input order); a directory means its .json, .jsonl and .txt"
          + " files. One document may hold at most 8 MiB (a file, stdin, or one .jsonl line); a larger"
          + " one is a bad input.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  feedbackkit check note.txt",
      "  feedbackkit check --now 2026-11-20T15:00:00Z samples/*.json",
      "  feedbackkit check --format jsonl batch.jsonl > reports.jsonl",
      "  feedbackkit check --policy policy.json --fail-on error drafts/",
      "  cat draft.txt | feedbackkit check -",
      "",
      "Exit codes: 0 nothing to revise; 1 some feedback is REVISE (with --fail-on error: some"
          + " finding is an error); 2 bad usage or an input that could not be checked (the other"
          + " inputs are still checked).",
      "Colors: only when stdout is a terminal and NO_COLOR is not set."
    })
final class CheckCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json,
    jsonl,
    markdown,
    html
  }

  static final String HTML_ONE_INPUT =
      "--format html takes exactly one input (a .txt or .json file, or - holding one document)";

  @ParentCommand FeedbackKitCommand root;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default, for people); json: one report object when the command line names exactly"
          + " one .txt or .json file (or - holding one document), otherwise an array of reports (several"
          + " inputs, a .jsonl, a directory), even of one or none; jsonl: one report per line, in input"
          + " order (reports of a .jsonl line carry its \"line\"); markdown; html: the annotated report"
          + " page, which takes exactly one input (a .txt or .json file, or - holding one document).")
  Format format;

  @Option(names = "--policy", paramLabel = "FILE", description = "A quality policy (JSON): threshold, weights, windows, rule switches.")
  Path policy;

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      description = "Judge timeliness as if it were this instant (ISO-8601, e.g. 2026-11-20T15:00:00Z).")
  String now;

  @Option(
      names = "--fail-on",
      defaultValue = "revise",
      paramLabel = "WHEN",
      description = "Exit 1 on: revise (default: any REVISE verdict), error (only error findings), never.")
  String failOn;

  @Option(names = "--locale", paramLabel = "TAG", description = "Language of free text (BCP 47, e.g. en); documents carry their own.")
  String locale;

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary line and no progress bar.")
  boolean quiet;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for batches (default: one per core).")
  Integer threads;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files (.txt, .json, .jsonl), directories, or - for stdin.")
  List<String> inputs;

  @Override
  public Integer call() {
    Io io = root.io;
    Ansi errAnsi = Ansi.of(io.errIsTerminal() && !io.noColor());
    Summary.FailOn fail;
    EngineFactory.Settings settings;
    try {
      fail = failOn(failOn);
      settings = settings(policy == null ? null : io.workingDirectory().resolve(policy), now, locale);
    } catch (IllegalArgumentException e) {
      io.err().print(Problems.of("check", e.getMessage(), errAnsi));
      return 2;
    }
    if (format == Format.html && !new Inputs(inputs, io).namesOneDocument()) {
      io.err().print(Problems.of("check", HTML_ONE_INPUT, errAnsi));
      return 2;
    }
    Engine engine;
    try {
      engine = root.engines.create(settings);
    } catch (InputProblem p) {
      io.err().print(Problems.setup(policy, "check", p, errAnsi));
      return 2;
    }
    Summary summary = run(engine, io, errAnsi);
    if (summary == null) {
      io.err().print(Problems.of("check", HTML_ONE_INPUT, errAnsi));
      return 2;
    }
    boolean machine = format != Format.text;
    if (!quiet) {
      if (machine) {
        io.err().println(summary.line(errAnsi));
      } else {
        io.out().println(summary.line(Ansi.of(io.color())));
      }
    }
    io.out().flush();
    return summary.exitCode(fail);
  }

  /** Checks every input; null when --format html meets JSON Lines on stdin (nothing is checked). */
  private Summary run(Engine engine, Io io, Ansi errAnsi) {
    Summary summary = new Summary();
    Function<Checked, String> formatter = formatter(engine, io);
    try (Inputs in = new Inputs(inputs, io)) {
      if (format == Format.html && in.hasNext() && !in.oneDocument()) {
        return null;
      }
      JsonOutput jsonArray = format == Format.json ? new JsonOutput(io, in) : null;
      Progress progress =
          new Progress(io.err(), !quiet && io.errIsTerminal() && !io.outIsTerminal(), in::bytesRead, in.totalBytes());
      Iterator<Item> items = in;
      int n = threads != null && threads > 0 ? threads : OrderedPipeline.defaultThreads();
      OrderedPipeline.run(
          items,
          item -> check(engine, item, formatter, errAnsi),
          (item, t) -> Outcome.problem(Problems.unexpected(item.where(), t, root.verbose, errAnsi)),
          o -> {
            summary.add(o);
            if (!o.err().isEmpty()) {
              progress.clear();
              io.out().flush();
              io.err().print(o.err());
            }
            if (!o.out().isEmpty()) {
              if (jsonArray != null) {
                jsonArray.add(o.out());
              } else {
                io.out().print(o.out());
              }
            }
            progress.tick(summary.documents() + summary.problems());
          },
          n,
          Math.max(64, n * 32));
      progress.clear();
      if (jsonArray != null) {
        jsonArray.finish();
      }
    }
    return summary;
  }

  /** Analyzes one item and formats its report; never throws for bad input. */
  static Outcome check(Engine engine, Item item, Function<Checked, String> formatter, Ansi errAnsi) {
    Checked checked;
    switch (item.kind()) {
      case UNREADABLE:
        return Outcome.problem(Problems.of(item.where(), item.content(), errAnsi));
      case TEXT:
        checked = new Checked(item, null, withId(engine.analyzeText(item.content()), item.id()));
        break;
      default:
        try {
          var feedback = engine.readFeedback(item.content());
          checked = new Checked(item, feedback, engine.analyze(feedback));
        } catch (InputProblem p) {
          return Outcome.problem(Problems.of(item, p, errAnsi));
        }
    }
    return new Outcome(formatter.apply(checked), "", checked.report());
  }

  /** Free text gets the file name as its feedback id, as contracts.md says. */
  static QualityReport withId(QualityReport r, String id) {
    if (r.feedbackId().isPresent() || id == null) {
      return r;
    }
    return new QualityReport(Optional.of(id), r.score(), r.verdict(), r.dimensions(), r.findings(), r.metrics());
  }

  private Function<Checked, String> formatter(Engine engine, Io io) {
    switch (format) {
      case json:
        return c -> engine.reportJson(c.report(), c.source(), c.item().line(), true);
      case jsonl:
        return c -> engine.reportJson(c.report(), c.source(), c.item().line(), false) + "\n";
      case markdown:
        MarkdownFormat markdown = new MarkdownFormat();
        return c -> markdown.format(c) + "\n";
      case html:
        return engine::reportHtml;
      default:
        TextFormat text = new TextFormat(Ansi.of(io.color()));
        return text::format;
    }
  }

  static Summary.FailOn failOn(String value) {
    try {
      return Summary.FailOn.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid value for --fail-on: '" + value + "' (expected revise, error or never)");
    }
  }

  static EngineFactory.Settings settings(Path policy, String now, String locale) {
    Clock clock = Clock.systemUTC();
    if (now != null) {
      try {
        clock = Clock.fixed(Instant.parse(now.trim()), ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "invalid value for --now: '" + now + "' (expected an ISO-8601 instant such as 2026-11-20T15:00:00Z)");
      }
    }
    Locale loc = null;
    if (locale != null) {
      loc = Locale.forLanguageTag(locale.trim());
      if (loc.getLanguage().isEmpty()) {
        throw new IllegalArgumentException(
            "invalid value for --locale: '" + locale + "' (expected a BCP 47 language tag such as en or de-CH)");
      }
    }
    return new EngineFactory.Settings(policy, clock, loc);
  }
}
