package io.github.feedbackkit.render.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.QualityReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a {@link QualityReport} as JSON, schema {@code feedbackkit-report/1} (published as {@code
 * docs/schema/report.schema.json}). Field names and their order are a contract: {@code schema},
 * {@code source}, {@code feedbackId}, {@code score}, {@code verdict}, {@code dimensions} (the six
 * built-in dimensions always, then any plugin dimension, each {@code {assessed, score, passed}}),
 * {@code findings} ({@code rule, dimension, severity, field, start, end, excerpt, message,
 * suggestion}), {@code metrics}. Absent values are {@code null}. Decimal metrics are rounded to two
 * places, so the output is the same on every JVM.
 *
 * <pre>{@code
 * String json = ReportJson.toJson(report, "samples/rejection.json");       // one line
 * String pretty = ReportJson.toPrettyJson(report, "samples/rejection.json"); // indented
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportJson {
  /** The schema id written into every report. */
  public static final String SCHEMA = "feedbackkit-report/1";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private ReportJson() {}

  /**
   * @param report the report
   * @param source where the input came from (e.g. a file name), or null
   * @return the report as JSON on one line
   * @throws IllegalArgumentException when {@code report} is null
   */
  public static String toJson(QualityReport report, String source) {
    return write(report, source, false);
  }

  /**
   * @param report the report
   * @param source where the input came from (e.g. a file name), or null
   * @return the report as indented JSON (two spaces, {@code \n} line ends)
   * @throws IllegalArgumentException when {@code report} is null
   */
  public static String toPrettyJson(QualityReport report, String source) {
    return write(report, source, true);
  }

  private static String write(QualityReport report, String source, boolean pretty) {
    if (report == null) {
      throw new IllegalArgumentException("report must not be null");
    }
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(
            new DefaultPrettyPrinter()
                .withObjectIndenter(indent)
                .withArrayIndenter(indent)
                .withSeparators(
                    Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
      }
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("source", source);
      g.writeStringField("feedbackId", report.feedbackId().orElse(null));
      g.writeNumberField("score", report.score());
      g.writeStringField("verdict", report.verdict().name());
      g.writeObjectFieldStart("dimensions");
      Set<Dimension> dims = new TreeSet<>(Dimension.builtIns());
      dims.addAll(report.dimensions().keySet());
      for (Dimension d : dims) {
        DimensionResult r = report.dimension(d);
        g.writeObjectFieldStart(d.id());
        g.writeBooleanField("assessed", r.assessed());
        g.writeFieldName("score");
        if (r.score().isPresent()) {
          g.writeNumber(r.score().getAsInt());
        } else {
          g.writeNull();
        }
        g.writeFieldName("passed");
        if (r.passed().isPresent()) {
          g.writeBoolean(r.passed().get());
        } else {
          g.writeNull();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("dimension", f.dimension().id());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("field", f.field());
        g.writeNumberField("start", f.start());
        g.writeNumberField("end", f.end());
        g.writeStringField("excerpt", f.excerpt());
        g.writeStringField("message", f.message());
        g.writeStringField("suggestion", f.suggestion().map(s -> s.text()).orElse(null));
        g.writeEndObject();
      }
      g.writeEndArray();
      Metrics m = report.metrics();
      g.writeObjectFieldStart("metrics");
      g.writeNumberField("characters", m.characters());
      g.writeNumberField("words", m.words());
      g.writeNumberField("sentences", m.sentences());
      g.writeNumberField("syllables", m.syllables());
      g.writeNumberField("fleschReadingEase", round(m.fleschReadingEase()));
      g.writeNumberField("fleschKincaidGrade", round(m.fleschKincaidGrade()));
      g.writeNumberField("averageSentenceLength", round(m.averageSentenceLength()));
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static BigDecimal round(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return BigDecimal.ZERO.setScale(1);
    }
    BigDecimal b = BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return b.scale() < 1 ? b.setScale(1) : b;
  }
}
