package io.github.feedbackkit.render.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.ActionOwner;
import io.github.feedbackkit.core.Author;
import io.github.feedbackkit.core.AuthorRole;
import io.github.feedbackkit.core.Channel;
import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.FollowUp;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Outcome;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.core.Subject;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one feedback document from a streaming parser, token by token, so that every problem is
 * reported with the line and column where it is. Single use; not thread-safe.
 */
final class FeedbackJsonReader {
  /** Reads the fields of one JSON object; returns false for a field it does not know. */
  private interface Fields {
    boolean read(String name, String path) throws IOException;
  }

  private final JsonParser p;
  private final String source;
  private final int firstLine;

  FeedbackJsonReader(JsonParser parser, String source, int firstLine) {
    this.p = parser;
    this.source = source;
    this.firstLine = firstLine;
  }

  Feedback readDocument() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw error(p.currentLocation(), null, "the document is empty");
    }
    if (t != JsonToken.START_OBJECT) {
      throw error(
          p.currentTokenLocation(), null, "a feedback document must be a JSON object, found " + describe(t));
    }
    Feedback feedback = readFeedback();
    if (p.nextToken() != null) {
      throw error(p.currentTokenLocation(), null, "unexpected content after the end of the document");
    }
    return feedback;
  }

  private Feedback readFeedback() throws IOException {
    Feedback.Builder b = Feedback.builder();
    readObject(
        "",
        (name, path) -> {
          switch (name) {
            case "id" -> b.id(string(path));
            case "kind" -> b.kind(enumValue(path, FeedbackKind.class));
            case "subject" -> b.subject(readSubject(path));
            case "author" -> b.author(readAuthor(path));
            case "context" -> b.context(readContext(path));
            case "occurredAt" -> b.occurredAt(instant(path));
            case "deliveredAt" -> b.deliveredAt(instant(path));
            case "channel" -> b.channel(enumValue(path, Channel.class));
            case "locale" -> b.locale(locale(path));
            case "summary" -> b.summary(string(path));
            case "observations" -> readArray(path, item -> b.addObservation(readObservation(item)));
            case "actions" -> readArray(path, item -> b.addAction(readAction(item)));
            case "followUp" -> b.followUp(readFollowUp(path));
            case "outcome" -> b.outcome(enumValue(path, Outcome.class));
            case "metadata" -> readMetadata(path, b);
            default -> {
              return false;
            }
          }
          return true;
        },
        "id",
        "kind",
        "subject");
    return b.build();
  }

  private Subject readSubject(String path) throws IOException {
    Subject.Builder b = Subject.builder();
    readObject(
        path,
        (name, field) -> {
          switch (name) {
            case "id" -> b.id(string(field));
            case "displayName" -> b.displayName(string(field));
            default -> {
              return false;
            }
          }
          return true;
        },
        "id");
    return b.build();
  }

  private Author readAuthor(String path) throws IOException {
    Author.Builder b = Author.builder();
    readObject(
        path,
        (name, field) -> {
          switch (name) {
            case "id" -> b.id(string(field));
            case "displayName" -> b.displayName(string(field));
            case "role" -> b.role(enumValue(field, AuthorRole.class));
            default -> {
              return false;
            }
          }
          return true;
        },
        "id");
    return b.build();
  }

  private Context readContext(String path) throws IOException {
    Context.Builder b = Context.builder();
    readObject(
        path,
        (name, field) -> {
          switch (name) {
            case "stage" -> b.stage(enumValue(field, HiringStage.class));
            case "session" -> b.session(enumValue(field, SessionType.class));
            case "position" -> b.position(string(field));
            case "project" -> b.project(string(field));
            default -> {
              return false;
            }
          }
          return true;
        });
    return b.build();
  }

  private Observation readObservation(String path) throws IOException {
    Observation.Builder b = Observation.builder();
    readObject(
        path,
        (name, field) -> {
          switch (name) {
            case "type" -> b.type(enumValue(field, ObservationType.class));
            case "competency" -> b.competency(string(field));
            case "text" -> b.text(string(field));
            case "evidence" -> readArray(field, item -> b.addEvidence(string(item)));
            case "rating" -> b.rating(integer(field));
            default -> {
              return false;
            }
          }
          return true;
        },
        "type",
        "text");
    return b.build();
  }

  private ActionItem readAction(String path) throws IOException {
    ActionItem.Builder b = ActionItem.builder();
    readObject(
        path,
        (name, field) -> {
          switch (name) {
            case "description" -> b.description(string(field));
            case "owner" -> b.owner(enumValue(field, ActionOwner.class));
            case "dueDate" -> b.dueDate(date(field));
            case "measure" -> b.measure(string(field));
            case "resource" -> b.resource(uri(field));
            default -> {
              return false;
            }
          }
          return true;
        },
        "description");
    return b.build();
  }

  private FollowUp readFollowUp(String path) throws IOException {
    FollowUp.Builder b = FollowUp.builder();
    readObject(
        path,
        (name, field) -> {
          switch (name) {
            case "scheduledFor" -> b.scheduledFor(date(field));
            case "purpose" -> b.purpose(string(field));
            default -> {
              return false;
            }
          }
          return true;
        },
        "scheduledFor");
    return b.build();
  }

  private void readMetadata(String path, Feedback.Builder b) throws IOException {
    readObject(
        path,
        true,
        (name, field) -> {
          b.putMetadata(name, string(field));
          return true;
        });
  }

  private interface Items {
    void read(String itemPath) throws IOException;
  }

  private void readArray(String path, Items items) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw typeError(path, "an array");
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      items.read(path + "[" + i + "]");
      i++;
    }
  }

  private void readObject(String path, Fields fields, String... required) throws IOException {
    readObject(path, false, fields, required);
  }

  /**
   * Reads the object at the current token: rejects duplicate and unknown fields where they stand,
   * then names the required fields that are missing, at the object's start.
   */
  private void readObject(String path, boolean map, Fields fields, String... required)
      throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw typeError(path, "an object");
    }
    JsonLocation start = p.currentTokenLocation();
    Set<String> seen = new HashSet<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String fieldPath = map ? path + "[" + name + "]" : path.isEmpty() ? name : path + "." + name;
      JsonLocation where = p.currentTokenLocation();
      if (!seen.add(name)) {
        throw error(where, fieldPath, "duplicate field");
      }
      p.nextToken();
      if (!fields.read(name, fieldPath)) {
        throw error(where, fieldPath, "unknown field");
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw error(p.currentTokenLocation(), path.isEmpty() ? null : path, "expected a field name, found " + describe(t));
    }
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      if (!seen.contains(name)) {
        missing.add(path.isEmpty() ? name : path + "." + name);
      }
    }
    if (missing.size() == 1) {
      throw error(start, missing.get(0), "missing required field");
    }
    if (!missing.isEmpty()) {
      throw error(
          start, path.isEmpty() ? null : path, "missing required fields " + String.join(", ", missing));
    }
  }

  private String string(String path) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw typeError(path, "a string");
    }
    return p.getText();
  }

  private int integer(String path) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw typeError(path, "an integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw error(p.currentTokenLocation(), path, "must be an integer from 1 to 5, found " + p.getText());
    }
    return p.getIntValue();
  }

  private <E extends Enum<E>> E enumValue(String path, Class<E> type) throws IOException {
    String text = string(path);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    throw error(p.currentTokenLocation(), path, "must be one of " + allowed + ", found " + quote(text));
  }

  private Instant instant(String path) throws IOException {
    String text = string(path);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw error(
          p.currentTokenLocation(),
          path,
          "must be an ISO-8601 instant such as 2026-11-20T15:00:00Z, found " + quote(text));
    }
  }

  private LocalDate date(String path) throws IOException {
    String text = string(path);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(
          p.currentTokenLocation(), path, "must be an ISO-8601 date such as 2026-12-15, found " + quote(text));
    }
  }

  private URI uri(String path) throws IOException {
    String text = string(path);
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw error(p.currentTokenLocation(), path, "must be a URI, found " + quote(text));
    }
  }

  private Locale locale(String path) throws IOException {
    String text = string(path);
    try {
      return new Locale.Builder().setLanguageTag(text).build();
    } catch (java.util.IllformedLocaleException e) {
      throw error(
          p.currentTokenLocation(), path, "must be a BCP 47 language tag such as en or de-CH, found " + quote(text));
    }
  }

  private FeedbackJsonException typeError(String path, String expected) {
    return error(
        p.currentTokenLocation(), path, "must be " + expected + ", found " + describe(p.currentToken()));
  }

  FeedbackJsonException error(JsonLocation where, String path, String problem) {
    int line = where == null ? 0 : where.getLineNr();
    int column = where == null ? 0 : where.getColumnNr();
    if (line > 0) {
      line += firstLine - 1;
    }
    String field = path == null ? null : printable(path, 200);
    return new FeedbackJsonException(source, Math.max(line, 0), Math.max(column, 0), field, problem);
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  /** Quotes a user's value for a one-line message: at most 40 characters, controls escaped. */
  static String quote(String text) {
    return "\"" + printable(text, 40) + "\"";
  }

  /**
   * Makes user text fit a one-line message: control, line-separator and bidi characters escaped as
   * {@code \\uXXXX}, cut after {@code limit} characters (never inside a surrogate pair).
   */
  static String printable(String text, int limit) {
    int end = Math.min(text.length(), limit);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder b = new StringBuilder(end + 8);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
          || c == 0x200e || c == 0x200f || c == 0x061c) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (end < text.length()) {
      b.append('…');
    }
    return b.toString();
  }
}
