package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.InvalidFeedbackException;
import io.github.feedbackkit.core.Violation;
import io.github.feedbackkit.render.json.FeedbackJson;
import io.github.feedbackkit.render.json.FeedbackJsonException;
import io.github.feedbackkit.rules.QualityReport;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@link Engine} on the public API of the FeedbackKit libraries. */
final class LibraryEngine implements Engine {
  private LibraryEngine() {}

  private final FeedbackJson json = FeedbackJson.standard();

  static Engine create(EngineFactory.Settings settings) throws InputProblem {
    return new LibraryEngine();
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
    throw new UnsupportedOperationException();
  }

  @Override
  public QualityReport analyzeText(String text) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String reportJson(QualityReport report, String source, boolean pretty) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String reportHtml(Checked checked) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String render(Feedback feedback, RenderTarget target) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Inspection inspect(String text, Locale locale) {
    throw new UnsupportedOperationException();
  }
}
