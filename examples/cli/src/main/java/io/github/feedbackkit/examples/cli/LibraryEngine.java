package io.github.feedbackkit.examples.cli;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.rules.QualityReport;
import java.util.Locale;

/** The {@link Engine} on the public API of the FeedbackKit libraries. */
final class LibraryEngine implements Engine {
  private LibraryEngine() {}

  static Engine create(EngineFactory.Settings settings) throws InputProblem {
    throw new InputProblem("the analyzer is not part of this build yet");
  }

  @Override
  public Feedback readFeedback(String json) throws InputProblem {
    throw new InputProblem("not available");
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
