package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the findings of the checks of one analysis, one check at a time ({@link #begin}, then
 * {@link #drainTo}), and turns them into checked {@link Finding}s. Used by one thread.
 */
final class Sink implements FindingSink {
  private final Reading reading;
  private CheckDescriptor descriptor;
  private String currentField;
  private final List<DraftImpl> drafts = new ArrayList<>();

  Sink(Reading reading) {
    this.reading = reading;
  }

  /** Starts collecting the findings of a check (no field named yet). */
  void begin(CheckDescriptor descriptor) {
    this.descriptor = descriptor;
    this.currentField = null;
    this.drafts.clear();
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
    DraftImpl d = new DraftImpl(descriptor, field, start, end);
    drafts.add(d);
    return d;
  }

  /** Adds the current check's findings, in the order reported, to a list, and forgets them. */
  void drainTo(List<Finding> out) {
    for (int i = 0, n = drafts.size(); i < n; i++) {
      out.add(drafts.get(i).toFinding());
    }
    drafts.clear();
  }

  private final class DraftImpl implements Draft {
    private final CheckDescriptor descriptor;
    private final String field;
    private int start;
    private int end;
    private String message;
    private Severity severity;
    /** The first suggestion, and the list of all once there is a second. */
    private Suggestion first;
    private List<Suggestion> suggestions;

    DraftImpl(CheckDescriptor descriptor, String field, int start, int end) {
      this.descriptor = descriptor;
      this.severity = descriptor.severity();
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
      add(Suggestion.replace(Objects.requireNonNull(replacement, "replacement")));
      return this;
    }

    @Override
    public Draft prompt(String prompt) {
      add(Suggestion.prompt(Objects.requireNonNull(prompt, "prompt")));
      return this;
    }

    private void add(Suggestion s) {
      if (first == null) {
        first = s;
        return;
      }
      if (suggestions == null) {
        suggestions = new ArrayList<>(4);
        suggestions.add(first);
      }
      suggestions.add(s);
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
      String text = reading.textOf(field);
      if (text == null) {
        if (!reading.fieldOrder().containsKey(field)) {
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
          message, suggestions != null ? suggestions : first != null ? List.of(first) : List.of());
    }
  }
}
