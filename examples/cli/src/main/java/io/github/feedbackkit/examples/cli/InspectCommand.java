package io.github.feedbackkit.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.rules.Metrics;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code feedbackkit inspect}: how the engine reads each text. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Prints how the engine reads each text: its sentences, its words with their syllables, and"
          + " the readability metrics. For people who tune or write checks.",
      "",
      "A .txt input is one text; a .json or .jsonl document is inspected field by field (summary,"
          + " observations[i].text, actions[i].description).",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  feedbackkit inspect note.txt",
      "  echo 'Dr. Smith arrived at 9 a.m. and left early.' | feedbackkit inspect -",
      "  feedbackkit inspect --format jsonl samples/*.json | jq .metrics",
      "",
      "JSON: one object per input (per line of a .jsonl), in input order. Free text:"
          + " {\"source\", \"sentences\":[{\"start\",\"end\",\"text\"}],"
          + " \"words\":[{\"start\",\"end\",\"text\",\"syllables\"}], \"metrics\":{...}}. A document:"
          + " {\"source\", \"line\" (in a .jsonl), \"fields\":[{\"field\", \"sentences\", \"words\","
          + " \"metrics\"}], \"metrics\" (of the whole document)}. Metrics have two decimal places.",
      "--format json prints one object when the command line names exactly one .txt or .json file (or"
          + " - holding one document), an array otherwise; --format jsonl one object per line."
    })
final class InspectCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json,
    jsonl
  }

  @ParentCommand FeedbackKitCommand root;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT", description = "text (default), json or jsonl.")
  Format format;

  @Option(names = "--locale", paramLabel = "TAG", description = "Language of free text (BCP 47); documents carry their own.")
  String locale;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files (.txt, .json, .jsonl), directories, or - for stdin.")
  List<String> inputs;

  @Override
  public Integer call() {
    Io io = root.io;
    Ansi errAnsi = Ansi.of(io.errIsTerminal() && !io.noColor());
    Ansi ansi = Ansi.of(io.color());
    Engine engine;
    Locale loc;
    try {
      EngineFactory.Settings settings = CheckCommand.settings(null, null, locale);
      loc = settings.locale();
      engine = root.engines.create(settings);
    } catch (IllegalArgumentException e) {
      io.err().print(Problems.of("inspect", e.getMessage(), errAnsi));
      return 2;
    } catch (InputProblem p) {
      io.err().print(Problems.of("inspect", p.getMessage(), errAnsi));
      return 2;
    }
    int exit = 0;
    try (Inputs in = new Inputs(inputs, io)) {
      JsonOutput json = format == Format.json ? new JsonOutput(io, in) : null;
      while (in.hasNext()) {
        Item item = in.next();
        List<String[]> texts = new ArrayList<>(); // {field, text}
        Locale textLocale = loc;
        Metrics whole = null;
        try {
          switch (item.kind()) {
            case UNREADABLE:
              throw new InputProblem(item.content());
            case TEXT:
              texts.add(new String[] {null, item.content()});
              break;
            default:
              Feedback f = engine.readFeedback(item.content());
              textLocale = f.locale();
              f.summary().ifPresent(s -> texts.add(new String[] {"summary", s}));
              List<Observation> obs = f.observations();
              for (int i = 0; i < obs.size(); i++) {
                texts.add(new String[] {"observations[" + i + "].text", obs.get(i).text()});
              }
              for (int i = 0; i < f.actions().size(); i++) {
                texts.add(new String[] {"actions[" + i + "].description", f.actions().get(i).description()});
              }
              whole = format == Format.text ? null : engine.analyze(f).metrics();
          }
        } catch (InputProblem p) {
          io.out().flush();
          io.err().print(Problems.of(item, p, errAnsi));
          exit = 2;
          continue;
        }
        if (format == Format.text) {
          for (String[] t : texts) {
            io.out().print(text(item, t[0], engine.inspect(t[1], textLocale), ansi));
          }
          continue;
        }
        List<Field> fields = new ArrayList<>(texts.size());
        for (String[] t : texts) {
          fields.add(new Field(t[0], engine.inspect(t[1], textLocale)));
        }
        String j = json(item, fields, whole, format == Format.json);
        if (json != null) {
          json.add(j);
        } else {
          io.out().print(j);
          io.out().print('\n');
        }
      }
      if (json != null) {
        json.finish();
      }
    }
    io.out().flush();
    return exit;
  }

  /** One inspected text: a field of a document (its path), or null for free text. */
  record Field(String field, Inspection inspection) {}

  static String text(Item item, String field, Inspection ins, Ansi ansi) {
    StringBuilder b = new StringBuilder();
    b.append(ansi.bold(Safe.text(item.where()) + (field != null ? " " + field : ""))).append('\n');
    Metrics m = ins.metrics();
    b.append(
        ansi.dim(
            String.format(
                Locale.ROOT,
                "  %s · %s · %s · Flesch reading ease %.1f · Flesch-Kincaid grade %.1f · %.1f words per sentence",
                TextFormat.plural(m.sentences(), "sentence"),
                TextFormat.plural(m.words(), "word"),
                TextFormat.plural(m.syllables(), "syllable"),
                m.fleschReadingEase(),
                m.fleschKincaidGrade(),
                m.averageSentenceLength())));
    b.append('\n');
    int w = 0;
    for (Inspection.Span s : ins.sentences()) {
      List<String> words = new ArrayList<>();
      for (; w < ins.words().size() && ins.words().get(w).start() < s.end(); w++) {
        Inspection.Word word = ins.words().get(w);
        words.add(Safe.text(word.text(), 40) + ansi.dim("·" + word.syllables()));
      }
      b.append(String.format(Locale.ROOT, "  %s ", ansi.cyan(String.format(Locale.ROOT, "[%d-%d]", s.start(), s.end()))));
      b.append(Safe.text(s.text(), 300)).append('\n');
      if (!words.isEmpty()) {
        b.append("      ").append(String.join(" ", words.size() > 80 ? words.subList(0, 80) : words));
        if (words.size() > 80) {
          b.append(" …");
        }
        b.append('\n');
      }
    }
    b.append('\n');
    return b.toString();
  }

  /**
   * One input as one JSON object. Free text: {@code source}, {@code sentences}, {@code words},
   * {@code metrics}. A document: {@code source}, {@code line} (for a line of a {@code .jsonl}),
   * {@code fields} (each with {@code field}, {@code sentences}, {@code words}, {@code metrics}) and
   * {@code metrics} of the whole document. Decimal metrics rounded to two places.
   */
  static String json(Item item, List<Field> fields, Metrics whole, boolean pretty) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.FACTORY.createGenerator(w)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeStringField("source", item.source());
      if (item.line() > 0) {
        g.writeNumberField("line", item.line());
      }
      if (item.kind() == Item.Kind.TEXT) {
        writeInspection(g, fields.get(0).inspection());
      } else {
        g.writeArrayFieldStart("fields");
        for (Field f : fields) {
          g.writeStartObject();
          g.writeStringField("field", f.field());
          writeInspection(g, f.inspection());
          g.writeEndObject();
        }
        g.writeEndArray();
        writeMetrics(g, whole);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void writeInspection(JsonGenerator g, Inspection ins) throws IOException {
    g.writeArrayFieldStart("sentences");
    for (Inspection.Span s : ins.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeStringField("text", s.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("words");
    for (Inspection.Word x : ins.words()) {
      g.writeStartObject();
      g.writeNumberField("start", x.start());
      g.writeNumberField("end", x.end());
      g.writeStringField("text", x.text());
      g.writeNumberField("syllables", x.syllables());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeMetrics(g, ins.metrics());
  }

  private static void writeMetrics(JsonGenerator g, Metrics m) throws IOException {
    g.writeObjectFieldStart("metrics");
    g.writeNumberField("characters", m.characters());
    g.writeNumberField("words", m.words());
    g.writeNumberField("sentences", m.sentences());
    g.writeNumberField("syllables", m.syllables());
    g.writeNumberField("fleschReadingEase", round(m.fleschReadingEase()));
    g.writeNumberField("fleschKincaidGrade", round(m.fleschKincaidGrade()));
    g.writeNumberField("averageSentenceLength", round(m.averageSentenceLength()));
    g.writeNumberField("longestSentenceWords", m.longestSentenceWords());
    g.writeEndObject();
  }

  /** Two decimal places, half up, as the report JSON (at least one place: 0.0, 12.5, 61.24). */
  static BigDecimal round(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return BigDecimal.ZERO.setScale(1);
    }
    BigDecimal b = BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return b.scale() < 1 ? b.setScale(1) : b;
  }
}
