package io.github.feedbackkit.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.Subject;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.Suggestion;
import io.github.feedbackkit.rules.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A stand-in engine with rules simple enough to compute expected output by hand: every
 * occurrence of the word "vague" is a warning, of "old" an error; a report passes with no
 * finding. Documents are read with Jackson: id, kind and summary only. Lets the command-line
 * machinery (inputs, ordering, formats, exit codes) be tested on its own.
 */
class FakeEngine implements Engine {
  @Override
  public Feedback readFeedback(String json) throws InputProblem {
    String id = null;
    String kind = null;
    String summary = null;
    try (JsonParser p = Json.FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InputProblem("malformed JSON: expected an object", 1, 1, List.of());
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "id" -> id = p.getValueAsString();
          case "kind" -> kind = p.getValueAsString();
          case "summary" -> summary = p.getValueAsString();
          default -> p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new InputProblem("malformed JSON: " + e.getOriginalMessage(), loc.getLineNr(), loc.getColumnNr(), List.of());
    } catch (IOException e) {
      throw new InputProblem(e.getMessage());
    }
    List<String> violations = new ArrayList<>();
    if (id == null) {
      violations.add("id: must not be null");
    }
    if (kind == null) {
      violations.add("kind: must not be null");
    }
    if (!violations.isEmpty()) {
      throw new InputProblem("invalid feedback document", 0, 0, violations);
    }
    return Feedback.builder()
        .id(id)
        .kind(FeedbackKind.valueOf(kind))
        .subject(Subject.of("s-1"))
        .summary(Optional.ofNullable(summary))
        .build();
  }

  @Override
  public QualityReport analyze(Feedback feedback) {
    return report(Optional.of(feedback.id()), "summary", feedback.summary().orElse(""));
  }

  @Override
  public QualityReport analyzeText(String text) {
    return report(Optional.empty(), "text", text);
  }

  static QualityReport report(Optional<String> id, String field, String text) {
    List<Finding> findings = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : List.of("vague", "old")) {
      int i = -1;
      while ((i = lower.indexOf(word, i + 1)) >= 0) {
        boolean error = word.equals("old");
        findings.add(
            new Finding(
                error ? "fairness/protected-characteristic" : "specificity/vague-evaluation",
                error ? Dimension.FAIRNESS : Dimension.SPECIFICITY,
                error ? Severity.ERROR : Severity.WARNING,
                field,
                i,
                i + word.length(),
                text.substring(i, i + word.length()),
                error ? "Age is a protected characteristic." : "A verdict with no example.",
                error ? List.of(Suggestion.replace("")) : List.of(Suggestion.prompt("Name the situation."))));
      }
    }
    findings.sort(java.util.Comparator.comparingInt(Finding::start));
    boolean pass = findings.isEmpty();
    Map<Dimension, DimensionResult> dims = new LinkedHashMap<>();
    for (Dimension d : Dimension.builtIns()) {
      if (d == Dimension.TIMELINESS) {
        dims.put(d, DimensionResult.notAssessed(d));
      } else {
        int score = pass ? 90 : 40;
        dims.put(d, DimensionResult.assessed(d, score, score >= 60, Map.of("findings", findings.size())));
      }
    }
    return new QualityReport(id, pass ? 90 : 40, pass ? Verdict.PASS : Verdict.REVISE, dims, findings, Metrics.EMPTY);
  }

  @Override
  public String reportJson(QualityReport report, String source, int line, boolean pretty) {
    return "{\"source\":\"" + source + (line > 0 ? "\",\"line\":" + line + "," : "\",") + "\"feedbackId\":\"" + report.feedbackId().orElse("") + "\",\"verdict\":\"" + report.verdict() + "\"}";
  }

  @Override
  public String reportHtml(Checked checked) {
    return "<!doctype html><title>" + checked.report().feedbackId().orElse("") + "</title>\n";
  }

  @Override
  public String render(Feedback feedback, RenderTarget target) {
    return target.id() + ":" + feedback.id() + "\n";
  }

  @Override
  public String documentJsonLine(Feedback feedback) {
    return "{\"id\":\"" + feedback.id() + "\"}";
  }

  @Override
  public Inspection inspect(String text, Locale locale) {
    return new Inspection(
        List.of(new Inspection.Span(0, text.length(), text)),
        List.of(new Inspection.Word(0, Math.min(text.length(), 3), text.substring(0, Math.min(text.length(), 3)), 1)),
        Metrics.EMPTY);
  }
}
