package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Collects the findings of one check and turns them into checked {@link Finding}s. */
final class Sink implements FindingSink {
  private final CheckDescriptor descriptor;
  private final Map<String, String> texts;
  private final Map<String, Integer> order;
  private String currentField;
  private final List<DraftImpl> drafts = new ArrayList<>();

  Sink(CheckDescriptor descriptor, Map<String, String> texts, Map<String, Integer> order) {
    this.descriptor = descriptor;
    this.texts = texts;
    this.order = order;
  }

  void field(String field) {
    this.currentField = field;
  }

  @Override
  public Draft report(int start, int end) {
    if (currentField == null) {
      throw new IllegalStateException(
          "check '" + descriptor.id() + "' must name the field: use report(field, start, end)");
    }
    return report(currentField, start, end);
  }

  @Override
  public Draft report(String field, int start, int end) {
    Objects.requireNonNull(field, "field");
    DraftImpl d = new DraftImpl(field, start, end);
    drafts.add(d);
    return d;
  }

  List<Finding> findings() {
    List<Finding> out = new ArrayList<>(drafts.size());
    for (DraftImpl d : drafts) {
      out.add(d.toFinding());
    }
    return out;
  }

  private final class DraftImpl implements Draft {
    private final String field;
    private int start;
    private int end;
    private String message;
    private Severity severity = descriptor.severity();
    private final List<Suggestion> suggestions = new ArrayList<>(2);

    DraftImpl(String field, int start, int end) {
      this.field = field;
      this.start = start;
      this.end = end;
    }

    @Override
    public Draft message(String message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    @Override
    public Draft suggest(String replacement) {
      suggestions.add(Suggestion.replace(Objects.requireNonNull(replacement, "replacement")));
      return this;
    }

    @Override
    public Draft prompt(String prompt) {
      suggestions.add(Suggestion.prompt(Objects.requireNonNull(prompt, "prompt")));
      return this;
    }

    @Override
    public Draft severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    Finding toFinding() {
      String id = descriptor.id();
      if (message == null || message.isBlank()) {
        throw new IllegalStateException("check '" + id + "' reported a finding without a message");
      }
      String text = texts.get(field);
      if (text == null) {
        if (!order.containsKey(field)) {
          throw new IllegalStateException("check '" + id + "' reported a finding in unknown field '" + field + "'");
        }
        if (start != 0 || end != 0) {
          throw new IllegalStateException(
              "check '" + id + "' reported span [" + start + ", " + end + ") in non-text field '" + field
                  + "': only (0, 0) is allowed");
        }
        text = "";
      }
      if (start < 0 || end < start || end > text.length()) {
        throw new IllegalStateException("check '" + id + "' reported span [" + start + ", " + end
            + ") outside field '" + field + "' of length " + text.length());
      }
      // never split a surrogate pair: widen to whole code points
      if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
          && Character.isHighSurrogate(text.charAt(start - 1))) {
        start--;
      }
      if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
          && Character.isHighSurrogate(text.charAt(end - 1))) {
        end++;
      }
      return new Finding(id, descriptor.dimension(), severity, field, start, end, text.substring(start, end),
          message, suggestions);
    }
  }
}
