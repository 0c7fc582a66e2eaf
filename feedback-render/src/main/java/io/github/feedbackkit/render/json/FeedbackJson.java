package io.github.feedbackkit.render.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackValidator;
import io.github.feedbackkit.core.InvalidFeedbackException;
import io.github.feedbackkit.core.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes the canonical JSON form of a {@link Feedback} document ({@code
 * docs/schema/feedback.schema.json}). Thread-safe and immutable; share one instance.
 *
 * <pre>{@code
 * FeedbackJson json = FeedbackJson.standard();
 * Feedback feedback = json.read(Files.readString(path), path.toString());
 * String compact = json.write(feedback);        // one line, for JSONL and APIs
 * String pretty = json.writePretty(feedback);   // two-space indent, '\n' line ends
 * }</pre>
 *
 * <h2>Reading</h2>
 *
 * <p>Reading is strict, so that a misspelt field is never silently dropped: unknown and duplicate
 * fields, values of the wrong type, unknown enum constants, {@code null}, ill-formed dates and
 * missing required fields are rejected with a {@link FeedbackJsonException} that names the
 * source, line, column and field path (for example {@code offer.json:4:3: sumary: unknown field}).
 * Malformed JSON is reported with its line and column. A well-formed document is then checked by
 * {@link FeedbackValidator#standard()}; a document that breaks content rules is rejected with an
 * {@link InvalidFeedbackException} carrying every violation and the source name. Instants are
 * ISO-8601 with an offset ({@code 2026-11-20T15:00:00Z}), dates ISO-8601 ({@code 2026-12-15}),
 * enum constants upper case, the locale a BCP 47 tag ({@code en} when absent).
 *
 * <h2>Limits</h2>
 *
 * <p>The parser's stream limits are set deliberately, well above what a valid document needs and
 * far below what would let a hostile input exhaust memory; an input over a limit is rejected with
 * a {@link FeedbackJsonException} naming the limit:
 *
 * <ul>
 *   <li>document length: at most {@value #MAX_DOCUMENT_LENGTH} characters (bytes for a stream);
 *   <li>nesting depth: at most {@value #MAX_NESTING_DEPTH} levels of objects and arrays (a valid
 *       document uses at most 4: the document, its observation list, an observation, its
 *       evidence list);
 *   <li>string length: at most {@value #MAX_STRING_LENGTH} characters per string value (the
 *       longest valid text is 20,000, so longer texts still reach the validator's clear message);
 *   <li>field name length: at most {@value #MAX_NAME_LENGTH} characters (metadata keys are
 *       names; valid ones have at most 128);
 *   <li>number length: at most {@value #MAX_NUMBER_LENGTH} characters (the only number is a
 *       rating from 1 to 5);
 *   <li>token count: at most {@value #MAX_TOKEN_COUNT} tokens.
 * </ul>
 *
 * <h2>Writing</h2>
 *
 * <p>Fields are written in a fixed order (the order of the contract table: {@code id, kind,
 * subject, author, context, occurredAt, deliveredAt, channel, locale, summary, observations,
 * actions, followUp, outcome, metadata}; nested objects likewise), metadata in its insertion
 * order, absent optionals and empty lists omitted, the locale always written. The same document
 * always gives the same text. Writing does not validate: call {@link FeedbackValidator} first if
 * the document may be invalid.
 */
public final class FeedbackJson {
  /** The longest document read, in characters (or bytes when reading a stream): 8 MiB. */
  public static final int MAX_DOCUMENT_LENGTH = 8 * 1024 * 1024;

  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_NESTING_DEPTH = 16;

  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** The longest field name read, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 10;

  /** The most tokens read in one document. */
  public static final int MAX_TOKEN_COUNT = 1_000_000;

  /** The source name used when the caller gives none. */
  public static final String DEFAULT_SOURCE = "<input>";

  private static final FeedbackJson STANDARD = new FeedbackJson(FeedbackValidator.standard());

  private final JsonFactory factory;
  private final DefaultPrettyPrinter prettyPrinter;
  private final FeedbackValidator validator;

  private FeedbackJson(FeedbackValidator validator) {
    this.validator = validator;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxTokenCount(MAX_TOKEN_COUNT)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    this.prettyPrinter =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
  }

  /**
   * @return the shared instance, which validates with {@link FeedbackValidator#standard()}
   */
  public static FeedbackJson standard() {
    return STANDARD;
  }

  /**
   * Reads one document from a string, naming the source {@value #DEFAULT_SOURCE} in errors.
   *
   * @param json the document
   * @return the valid document
   * @throws FeedbackJsonException when the JSON is malformed, over a limit or does not fit the model
   * @throws InvalidFeedbackException when the document breaks content rules
   */
  public Feedback read(String json) {
    return read(json, DEFAULT_SOURCE);
  }

  /**
   * Reads one document from a string.
   *
   * <pre>{@code
   * Feedback f = FeedbackJson.standard().read(Files.readString(path), path.toString());
   * }</pre>
   *
   * @param json the document
   * @param source the name to give in error messages (a file name)
   * @return the valid document
   * @throws FeedbackJsonException when the JSON is malformed, over a limit or does not fit the model
   * @throws InvalidFeedbackException when the document breaks content rules
   */
  public Feedback read(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw tooLong(source);
    }
    String text = withoutByteOrderMark(json);
    return parse(source, 1, source, () -> factory.createParser(text));
  }

  /**
   * Reads one document from a character stream, which is read to its end but not closed.
   *
   * @param reader the document
   * @param source the name to give in error messages (a file name)
   * @return the valid document
   * @throws FeedbackJsonException when the JSON is malformed, over a limit or does not fit the model
   * @throws InvalidFeedbackException when the document breaks content rules
   * @throws UncheckedIOException when the reader fails
   */
  public Feedback read(Reader reader, String source) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    return parse(source, 1, source, () -> factory.createParser(reader));
  }

  /**
   * Reads one document from a byte stream in UTF-8 (or UTF-16/32 with a byte order mark), which is
   * read to its end but not closed.
   *
   * @param in the document
   * @param source the name to give in error messages (a file name)
   * @return the valid document
   * @throws FeedbackJsonException when the JSON is malformed, over a limit or does not fit the model
   * @throws InvalidFeedbackException when the document breaks content rules
   * @throws UncheckedIOException when the stream fails
   */
  public Feedback read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return parse(source, 1, source, () -> factory.createParser(in));
  }

  /**
   * Reads one line of a JSON Lines file; errors name the source and this line number.
   *
   * <pre>{@code
   * List<String> lines = Files.readAllLines(path);
   * for (int i = 0; i < lines.size(); i++) {
   *   if (!lines.get(i).isBlank()) {
   *     Feedback f = json.readLine(lines.get(i), path.toString(), i + 1);
   *   }
   * }
   * }</pre>
   *
   * @param line the line, without its line terminator
   * @param source the name to give in error messages (a file name)
   * @param lineNumber the 1-based number of the line in the source
   * @return the valid document
   * @throws FeedbackJsonException when the JSON is malformed, over a limit or does not fit the model
   * @throws InvalidFeedbackException when the document breaks content rules (the exception's
   *     source is {@code source:lineNumber})
   */
  public Feedback readLine(String line, String source, int lineNumber) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(source, "source");
    if (lineNumber < 1) {
      throw new IllegalArgumentException("lineNumber must be at least 1, was " + lineNumber);
    }
    if (line.length() > MAX_DOCUMENT_LENGTH) {
      throw tooLong(source);
    }
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw new FeedbackJsonException(
          source, lineNumber, 0, null, "a JSON Lines record must be on one line");
    }
    String text = withoutByteOrderMark(line);
    return parse(source, lineNumber, source + ":" + lineNumber, () -> factory.createParser(text));
  }

  /**
   * Writes the compact canonical JSON, on one line.
   *
   * @param feedback the document
   * @return its JSON
   */
  public String write(Feedback feedback) {
    return write(feedback, false);
  }

  /**
   * Writes the canonical JSON indented by two spaces, with {@code \n} line ends on every platform
   * and no final line end.
   *
   * @param feedback the document
   * @return its JSON
   */
  public String writePretty(Feedback feedback) {
    return write(feedback, true);
  }

  /**
   * Writes the compact canonical JSON to a stream in UTF-8, without closing it.
   *
   * @param feedback the document
   * @param out where to write
   * @throws UncheckedIOException when the stream fails
   */
  public void write(Feedback feedback, OutputStream out) {
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      new FeedbackJsonWriter(g).write(feedback);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(Feedback feedback, boolean pretty) {
    Objects.requireNonNull(feedback, "feedback");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = factory.createGenerator((Writer) out)) {
      if (pretty) {
        // the printer keeps the nesting level: one fresh instance per document
        g.setPrettyPrinter(prettyPrinter.createInstance());
      }
      new FeedbackJsonWriter(g).write(feedback);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** For tests: a parser with this instance's limits. */
  JsonParser newParser(String json) throws IOException {
    return factory.createParser(json);
  }

  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private Feedback parse(
      String source, int firstLine, String documentName, ParserSource parserSource) {
    Feedback feedback;
    FeedbackJsonReader reader = null;
    try (JsonParser parser = parserSource.open()) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      reader = new FeedbackJsonReader(parser, source, firstLine);
      try {
        feedback = reader.readDocument();
      } catch (StreamConstraintsException e) {
        throw reader.error(location(e, parser), null, limitProblem(e));
      } catch (JsonProcessingException e) {
        throw reader.error(location(e, parser), null, malformed(e, firstLine));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Violation> violations = validator.validate(feedback);
    if (!violations.isEmpty()) {
      throw new InvalidFeedbackException(documentName, violations);
    }
    return feedback;
  }

  /** A file read into a string may start with a byte order mark; it is not part of the JSON. */
  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static JsonLocation location(JsonProcessingException e, JsonParser parser) {
    JsonLocation where = e.getLocation();
    return where != null && where.getLineNr() > 0 ? where : parser.currentLocation();
  }

  private static FeedbackJsonException tooLong(String source) {
    return new FeedbackJsonException(
        source, 0, 0, null, "the document is longer than the limit of " + MAX_DOCUMENT_LENGTH + " characters");
  }

  /** Names the limit an input broke, in the user's terms. */
  static String limitProblem(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (m.contains("document length")) {
      return "the document is longer than the limit of " + MAX_DOCUMENT_LENGTH + " characters";
    }
    if (m.contains("nesting depth")) {
      return "the document is nested deeper than the limit of " + MAX_NESTING_DEPTH + " levels";
    }
    if (m.contains("string value length")) {
      return "a string is longer than the limit of " + MAX_STRING_LENGTH + " characters";
    }
    if (m.contains("name length")) {
      return "a field name is longer than the limit of " + MAX_NAME_LENGTH + " characters";
    }
    if (m.contains("number value length")) {
      return "a number is longer than the limit of " + MAX_NUMBER_LENGTH + " characters";
    }
    if (m.contains("token count")) {
      return "the document has more than the limit of " + MAX_TOKEN_COUNT + " tokens";
    }
    return "the document is over a size limit: " + firstLine(e.getOriginalMessage());
  }

  private static String malformed(JsonProcessingException e, int firstLine) {
    return "malformed JSON: " + withPlainLocations(firstLine(e.getOriginalMessage()), firstLine);
  }

  private static final String SOURCE_MARK = "[Source: ";
  private static final String LINE_MARK = "; line: ";
  private static final String COLUMN_MARK = ", column: ";

  /**
   * Jackson names places inside its messages as {@code [Source: REDACTED (...); line: 1, column:
   * 6]}; a user needs {@code line 1, column 6} (lines counted from {@code firstLine}).
   */
  static String withPlainLocations(String message, int firstLine) {
    StringBuilder out = new StringBuilder(message.length());
    int from = 0;
    while (true) {
      int start = message.indexOf(SOURCE_MARK, from);
      int line = start < 0 ? -1 : message.indexOf(LINE_MARK, start);
      int end = line < 0 ? -1 : message.indexOf(']', line);
      if (end < 0) {
        break;
      }
      String place = message.substring(line + LINE_MARK.length(), end);
      int column = place.indexOf(COLUMN_MARK);
      out.append(message, from, start);
      try {
        int lineNr = Integer.parseInt((column < 0 ? place : place.substring(0, column)).trim()) + firstLine - 1;
        out.append("line ").append(lineNr);
        if (column >= 0) {
          out.append(", column ").append(Integer.parseInt(place.substring(column + COLUMN_MARK.length()).trim()));
        }
      } catch (NumberFormatException notANumber) {
        out.append(message, start, end + 1);
      }
      from = end + 1;
    }
    return out.append(message.substring(from)).toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
