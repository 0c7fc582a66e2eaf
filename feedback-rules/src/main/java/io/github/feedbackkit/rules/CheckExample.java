package io.github.feedbackkit.rules;

import io.github.feedbackkit.core.Feedback;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A good or bad example of a check, as data: a text in which the span the check must report is
 * marked «like this» (a bad example may mark several spans; a good example marks none), or a whole
 * document with the instant taken as "now" and the field the finding must name. The same examples
 * are run by the meta-test and printed in the rule reference.
 *
 * @param good whether the check must find nothing
 * @param marked the example text with «» marks (for a document example: a one-line description)
 * @param document the document, for document examples
 * @param now "now" for document examples
 * @param field the field a bad document example's finding must name
 */
public record CheckExample(
    boolean good, String marked, Optional<Feedback> document, Optional<Instant> now, Optional<String> field) {
  /** Mark that opens an expected span. */
  public static final char OPEN = '«';
  /** Mark that closes an expected span. */
  public static final char CLOSE = '»';

  /**
   * Validates the example.
   *
   * @param good whether the check must find nothing
   * @param marked the example text with «» marks (for a document example: a description)
   * @param document the document, for document examples
   * @param now "now" for document examples
   * @param field the field a bad document example's finding must name
   * @throws IllegalArgumentException when the marks are unbalanced, a good text example marks a
   *     span, or a bad text example marks none
   */
  public CheckExample {
    Objects.requireNonNull(marked, "marked");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(field, "field");
    if (document.isEmpty()) {
      int spans = parse(marked).size();
      if (good && spans > 0) {
        throw new IllegalArgumentException("a good example must not mark a span: " + marked);
      }
      if (!good && spans == 0) {
        throw new IllegalArgumentException("a bad example must mark the expected span «like this»: " + marked);
      }
    } else if (now.isEmpty() || (!good && field.isEmpty())) {
      throw new IllegalArgumentException("a document example needs 'now', and a bad one the expected field");
    }
  }

  /**
   * @param text a text in which the check must find nothing
   * @return the example
   */
  public static CheckExample good(String text) {
    return new CheckExample(true, text, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * @param marked a text with the span(s) the check must report marked «like this»
   * @return the example
   */
  public static CheckExample bad(String marked) {
    return new CheckExample(false, marked, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * @param description what the document shows, for the rule reference
   * @param document a document in which the check must find nothing
   * @param now the instant taken as "now"
   * @return the example
   */
  public static CheckExample goodDocument(String description, Feedback document, Instant now) {
    return new CheckExample(true, description, Optional.of(document), Optional.of(now), Optional.empty());
  }

  /**
   * @param description what the document shows, for the rule reference
   * @param document a document in which the check must report a finding
   * @param now the instant taken as "now"
   * @param field the field the finding must name
   * @return the example
   */
  public static CheckExample badDocument(String description, Feedback document, Instant now, String field) {
    return new CheckExample(false, description, Optional.of(document), Optional.of(now), Optional.of(field));
  }

  /** @return the text without marks */
  public String text() {
    StringBuilder sb = new StringBuilder(marked.length());
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c != OPEN && c != CLOSE) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** @return the marked spans, as offsets into {@link #text()}, in order */
  public List<Span> spans() {
    return parse(marked);
  }

  private static List<Span> parse(String marked) {
    List<Span> spans = new ArrayList<>();
    int removed = 0;
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == OPEN) {
        if (open >= 0) {
          throw new IllegalArgumentException("nested « in example: " + marked);
        }
        open = i - removed;
        removed++;
      } else if (c == CLOSE) {
        if (open < 0) {
          throw new IllegalArgumentException("» without « in example: " + marked);
        }
        spans.add(new Span(open, i - removed));
        open = -1;
        removed++;
      }
    }
    if (open >= 0) {
      throw new IllegalArgumentException("« without » in example: " + marked);
    }
    return List.copyOf(spans);
  }
}
