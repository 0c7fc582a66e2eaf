package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.InvalidFeedbackException;
import io.github.feedbackkit.core.Violation;
import io.github.feedbackkit.render.FeedbackRenderer;
import io.github.feedbackkit.render.json.FeedbackJson;
import io.github.feedbackkit.render.json.FeedbackJsonException;
import io.github.feedbackkit.render.json.ReportJson;
import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.FeedbackAnalyzer;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.Word;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Engine} on the public API of the FeedbackKit libraries: {@link FeedbackJson} reads
 * documents, {@link FeedbackAnalyzer} analyzes them, {@link ReportJson} and {@link
 * FeedbackRenderer} write what people and machines read. Thread-safe: every part is.
 */
final class LibraryEngine implements Engine {
  private final FeedbackJson json = FeedbackJson.standard();
  private final FeedbackAnalyzer analyzer;
  private final FeedbackRenderer renderer = FeedbackRenderer.builder().build();
  private final Map<Locale, FeedbackAnalyzer> byLocale = new ConcurrentHashMap<>();

  private LibraryEngine(FeedbackAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  static Engine create(EngineFactory.Settings settings) throws InputProblem {
    QualityPolicy policy = settings.policy() != null ? Policies.read(settings.policy()) : QualityPolicy.defaults();
    if (settings.locale() != null) {
      policy = policy.toBuilder().locale(settings.locale()).build();
    }
    try {
      return new LibraryEngine(FeedbackAnalyzer.builder().policy(policy).clock(settings.clock()).build());
    } catch (IllegalArgumentException e) {
      throw new InputProblem("cannot set up the analyzer: " + e.getMessage());
    }
  }

  @Override
  public Feedback readFeedback(String text) throws InputProblem {
    try {
      return json.read(text, "input");
    } catch (FeedbackJsonException e) {
      String message = e.field().map(f -> f + ": ").orElse("") + e.problem();
      throw new InputProblem(message, e.line(), e.column(), List.of());
    } catch (InvalidFeedbackException e) {
      List<String> details = new ArrayList<>();
      for (Violation v : e.violations()) {
        details.add(v.toString());
      }
      int n = details.size();
      throw new InputProblem(
          "invalid feedback document (" + n + (n == 1 ? " problem)" : " problems)"), 0, 0, details);
    } catch (UncheckedIOException e) {
      throw new InputProblem("cannot read: " + e.getCause().getMessage());
    }
  }

  @Override
  public QualityReport analyze(Feedback feedback) {
    return analyzer.analyze(feedback);
  }

  @Override
  public QualityReport analyzeText(String text) {
    return analyzer.analyze(text);
  }

  @Override
  public String reportJson(QualityReport report, String source, int line, boolean pretty) {
    String json = pretty ? ReportJson.toPrettyJson(report, source) : ReportJson.toJson(report, source);
    return line > 0 ? withLine(json, line, pretty) : json;
  }

  /**
   * Adds {@code "line"} right after {@code "source"}, that is before the {@code "feedbackId"} key.
   * The key's text cannot occur inside a string value, where every quote is escaped.
   */
  static String withLine(String json, int line, boolean pretty) {
    String key = pretty ? ",\n  \"feedbackId\"" : ",\"feedbackId\"";
    int at = json.indexOf(key);
    if (at < 0) {
      throw new IllegalStateException("a report without feedbackId: " + json.substring(0, Math.min(80, json.length())));
    }
    String field = pretty ? ",\n  \"line\" : " + line : ",\"line\":" + line;
    return json.substring(0, at) + field + json.substring(at);
  }

  @Override
  public String reportHtml(Checked checked) {
    return checked.feedback() != null
        ? renderer.htmlReport(checked.feedback(), checked.report())
        : renderer.htmlReport(checked.item().content(), checked.report());
  }

  @Override
  public String render(Feedback feedback, RenderTarget target) {
    switch (target) {
      case CANDIDATE_EMAIL:
        return renderer.message(feedback);
      case CANDIDATE_EMAIL_HTML:
        return renderer.messageHtml(feedback);
      case MARKDOWN:
        return renderer.markdown(feedback);
      case HTML:
        return renderer.htmlReport(feedback, analyzer.analyze(feedback));
      default:
        return json.writePretty(feedback);
    }
  }

  @Override
  public String documentJsonLine(Feedback feedback) {
    return json.write(feedback);
  }

  @Override
  public Inspection inspect(String text, Locale locale) {
    FeedbackAnalyzer a = analyzer;
    if (locale != null && !locale.equals(analyzer.policy().locale())) {
      a = byLocale.computeIfAbsent(locale, l -> analyzer.withPolicy(analyzer.policy().toBuilder().locale(l).build()));
    }
    AnalyzedText t = a.inspect(text);
    List<Inspection.Span> sentences = new ArrayList<>(t.sentences().size());
    for (Sentence s : t.sentences()) {
      sentences.add(new Inspection.Span(s.start(), s.end(), text.substring(s.start(), s.end())));
    }
    List<Inspection.Word> words = new ArrayList<>(t.words().size());
    for (Word w : t.words()) {
      words.add(new Inspection.Word(w.start(), w.end(), w.text(), w.syllables()));
    }
    return new Inspection(sentences, words, t.metrics());
  }
}
