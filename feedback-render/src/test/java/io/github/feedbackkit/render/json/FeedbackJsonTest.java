package io.github.feedbackkit.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.github.feedbackkit.core.InvalidFeedbackException;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Outcome;
import io.github.feedbackkit.core.Subject;
import io.github.feedbackkit.core.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FeedbackJsonTest {
  private static final FeedbackJson JSON = FeedbackJson.standard();

  /** A document with every optional part present. */
  static Feedback full() {
    return Feedback.builder()
        .id("fb-123")
        .kind(FeedbackKind.CANDIDATE)
        .subject(Subject.builder().id("cand-42").displayName("Ada").build())
        .author(Author.builder().id("int-7").displayName("Sam").role(AuthorRole.INTERVIEWER).build())
        .context(Context.builder().stage(HiringStage.ONSITE).position("Backend engineer").project("Billing").build())
        .occurredAt(Instant.parse("2026-11-20T15:00:00Z"))
        .deliveredAt(Instant.parse("2026-11-21T09:30:00Z"))
        .channel(Channel.EMAIL)
        .locale(Locale.forLanguageTag("de-CH"))
        .summary("Thanks for Friday.")
        .addObservation(
            Observation.builder()
                .type(ObservationType.STRENGTH)
                .competency("Design")
                .text("Clear trade-offs.")
                .addEvidence("Q2", "Q3")
                .rating(4)
                .build())
        .addAction(
            ActionItem.builder()
                .description("Practise STAR.")
                .owner(ActionOwner.SUBJECT)
                .dueDate(LocalDate.parse("2026-12-15"))
                .measure("Two stories")
                .resource(URI.create("https://example.org/star"))
                .build())
        .followUp(FollowUp.builder().scheduledFor(LocalDate.parse("2027-01-10")).purpose("Review").build())
        .outcome(Outcome.ADVANCED)
        .putMetadata("ats", "A-1")
        .putMetadata("b", "2")
        .build();
  }

  static Feedback minimal() {
    return Feedback.builder()
        .id("m")
        .kind(FeedbackKind.EMPLOYEE)
        .subject(Subject.of("e"))
        .summary("Hi")
        .build();
  }

  private static final String FULL_JSON =
      "{\"id\":\"fb-123\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"cand-42\",\"displayName\":\"Ada\"},"
          + "\"author\":{\"id\":\"int-7\",\"displayName\":\"Sam\",\"role\":\"INTERVIEWER\"},"
          + "\"context\":{\"stage\":\"ONSITE\",\"position\":\"Backend engineer\",\"project\":\"Billing\"},"
          + "\"occurredAt\":\"2026-11-20T15:00:00Z\",\"deliveredAt\":\"2026-11-21T09:30:00Z\","
          + "\"channel\":\"EMAIL\",\"locale\":\"de-CH\",\"summary\":\"Thanks for Friday.\","
          + "\"observations\":[{\"type\":\"STRENGTH\",\"competency\":\"Design\",\"text\":\"Clear trade-offs.\","
          + "\"evidence\":[\"Q2\",\"Q3\"],\"rating\":4}],"
          + "\"actions\":[{\"description\":\"Practise STAR.\",\"owner\":\"SUBJECT\",\"dueDate\":\"2026-12-15\","
          + "\"measure\":\"Two stories\",\"resource\":\"https://example.org/star\"}],"
          + "\"followUp\":{\"scheduledFor\":\"2027-01-10\",\"purpose\":\"Review\"},"
          + "\"outcome\":\"ADVANCED\",\"metadata\":{\"ats\":\"A-1\",\"b\":\"2\"}}";

  @Test
  void writesEveryFieldInTheContractOrder() {
    assertThat(JSON.write(full())).isEqualTo(FULL_JSON);
  }

  @Test
  void readsTheCanonicalFormBackToAnEqualDocument() {
    assertThat(JSON.read(FULL_JSON)).isEqualTo(full());
    assertThat(JSON.read(JSON.writePretty(full()))).isEqualTo(full());
  }

  @Test
  void omitsAbsentOptionalsAndEmptyListsButAlwaysWritesTheLocale() {
    assertThat(JSON.write(minimal()))
        .isEqualTo("{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"locale\":\"en\",\"summary\":\"Hi\"}");
  }

  @Test
  void prettyOutputUsesTwoSpacesAndNewlines() {
    assertThat(JSON.writePretty(minimal()))
        .isEqualTo(
            "{\n  \"id\": \"m\",\n  \"kind\": \"EMPLOYEE\",\n  \"subject\": {\n    \"id\": \"e\"\n  },\n"
                + "  \"locale\": \"en\",\n  \"summary\": \"Hi\"\n}");
  }

  @Test
  void oneInstanceWritesAndReadsFromManyThreadsAtOnce() throws Exception {
    Feedback f = full();
    String pretty = JSON.writePretty(f);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> JSON.writePretty(f).equals(pretty) && JSON.read(pretty).equals(f)));
      }
      for (java.util.concurrent.Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void writingToAStreamGivesTheCompactFormInUtf8() {
    Feedback f = minimal().withSummary("Grüße 👋");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(f, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.write(f));
  }

  @Test
  void aMissingLocaleMeansEnglish() {
    Feedback f = JSON.read("{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"summary\":\"Hi\"}");
    assertThat(f.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(f).isEqualTo(minimal());
  }

  @Test
  void instantsWithAnOffsetAreReadAsTheSameInstant() {
    Feedback f =
        JSON.read("{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"summary\":\"Hi\","
            + "\"occurredAt\":\"2026-11-20T16:00:00+01:00\"}");
    assertThat(f.occurredAt()).contains(Instant.parse("2026-11-20T15:00:00Z"));
  }

  @Test
  void readsFromReaderAndStreamLikeFromString() {
    byte[] bytes = FULL_JSON.getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(new StringReader(FULL_JSON), "r.json")).isEqualTo(full());
    assertThat(JSON.read(new ByteArrayInputStream(bytes), "s.json")).isEqualTo(full());
  }

  @Test
  void stringContentSurvivesARoundTrip() {
    String hostile = "a\u0000b\u001f\"\\/<script>alert('x')</script>\u202Eabc\u2066 e\u0301 😀 \uD83D\uDC4D\r\n\t\u2028";
    Feedback f = minimal().withSummary(hostile).withMetadata(java.util.Map.of("k\u0000\"", hostile));
    assertThat(JSON.read(JSON.write(f))).isEqualTo(f);
    assertThat(JSON.read(JSON.writePretty(f))).isEqualTo(f);
    assertThat(JSON.write(f)).doesNotContain("\u0000").doesNotContain("\n");
  }

  // ---- errors: where and what

  private static FeedbackJsonException jsonError(ThrowingCallable call) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).isInstanceOf(FeedbackJsonException.class);
    return (FeedbackJsonException) t;
  }

  @Test
  void unknownFieldIsNamedWithItsLineAndColumn() {
    String json = "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\n\"subject\":{\"id\":\"e\",\n  \"nmae\":\"x\"},\"summary\":\"Hi\"}";
    FeedbackJsonException e = jsonError(() -> JSON.read(json, "in.json"));
    assertThat(e.getMessage()).isEqualTo("in.json:3:3: subject.nmae: unknown field");
    assertThat(e.source()).isEqualTo("in.json");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.field()).contains("subject.nmae");
    assertThat(e.problem()).isEqualTo("unknown field");
  }

  @Test
  void misspeltTopLevelFieldIsNotDropped() {
    String json = "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"sumary\":\"Hi\"}";
    assertThat(jsonError(() -> JSON.read(json)).getMessage()).isEqualTo("<input>:1:50: sumary: unknown field");
  }

  @Test
  void duplicateFieldIsRejected() {
    String json = "{\"id\":\"m\",\"id\":\"n\"}";
    assertThat(jsonError(() -> JSON.read(json)).getMessage()).isEqualTo("<input>:1:11: id: duplicate field");
  }

  @Test
  void malformedJsonIsReportedWithLineAndColumn() {
    String json = "{\"id\":\"m\",\n\"kind\" \"EMPLOYEE\"}";
    FeedbackJsonException e = jsonError(() -> JSON.read(json, "bad.json"));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(8);
    assertThat(e.field()).isEmpty();
    assertThat(e.getMessage()).startsWith("bad.json:2:8: malformed JSON: Unexpected character").doesNotContain("\n");
  }

  @Test
  void truncatedJsonIsMalformed() {
    FeedbackJsonException e = jsonError(() -> JSON.read("{\"id\":\"m\""));
    assertThat(e.problem()).startsWith("malformed JSON: Unexpected end-of-input");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void jacksonLocationsInsideMessagesAreShownPlainly() {
    String json =
        "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},"
            + "\"observations\":[{\"type\":\"NOTE\",\"text\":\"t\",\"evidence\":[\"a\",\"b\"}]}";
    int array = json.indexOf("[\"a\"") + 1;
    int brace = json.indexOf("\"b\"}") + 4;
    FeedbackJsonException e = jsonError(() -> JSON.read(json, "x.json"));
    assertThat(e.getMessage())
        .isEqualTo(
            "x.json:1:" + brace + ": malformed JSON: Unexpected close marker '}': expected ']'"
                + " (for Array starting at line 1, column " + array + ")");
    FeedbackJsonException inLine = jsonError(() -> JSON.readLine(json, "x.jsonl", 5));
    assertThat(inLine.problem()).endsWith("(for Array starting at line 5, column " + array + ")");
    assertThat(FeedbackJson.withPlainLocations("no location here", 1)).isEqualTo("no location here");
    assertThat(FeedbackJson.withPlainLocations("a [Source: X; line: 2, column: 3] b [Source: Y; line: 4, column: 5]", 1))
        .isEqualTo("a line 2, column 3 b line 4, column 5");
  }

  @Test
  void aByteOrderMarkBeforeTheDocumentIsIgnored() {
    assertThat(JSON.read("\uFEFF" + FULL_JSON)).isEqualTo(full());
    assertThat(JSON.readLine("\uFEFF" + FULL_JSON, "b.jsonl", 1)).isEqualTo(full());
    byte[] withBom = ("\uFEFF" + FULL_JSON).getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(new ByteArrayInputStream(withBom), "b.json")).isEqualTo(full());
  }

  @Test
  void emptyInputAndNonObjectsAreRejected() {
    assertThat(jsonError(() -> JSON.read("  ")).problem()).isEqualTo("the document is empty");
    assertThat(jsonError(() -> JSON.read("[1]")).problem())
        .isEqualTo("a feedback document must be a JSON object, found an array");
  }

  @Test
  void contentAfterTheDocumentIsRejected() {
    String json = JSON.write(minimal()) + " {}";
    FeedbackJsonException e = jsonError(() -> JSON.read(json));
    assertThat(e.problem()).isEqualTo("unexpected content after the end of the document");
    assertThat(e.column()).isEqualTo(JSON.write(minimal()).length() + 2);
  }

  @Test
  void wrongTypesAreNamedWithTheFieldPath() {
    String base = "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"summary\":\"Hi\",";
    assertThat(jsonError(() -> JSON.read(base + "\"observations\":{}}")).getMessage())
        .isEqualTo("<input>:1:80: observations: must be an array, found an object");
    String quoted = base + "\"observations\":[{\"type\":\"NOTE\",\"text\":\"t\",\"rating\":\"4\"}]}";
    assertThat(jsonError(() -> JSON.read(quoted)).getMessage())
        .isEqualTo("<input>:1:" + (quoted.indexOf("\"4\"") + 1) + ": observations[0].rating: must be an integer, found a string");
    assertThat(jsonError(() -> JSON.read(base + "\"observations\":[{\"type\":\"NOTE\",\"text\":\"t\",\"rating\":4.5}]}")).problem())
        .isEqualTo("must be an integer, found a number");
    assertThat(jsonError(() -> JSON.read(base + "\"observations\":[{\"type\":\"NOTE\",\"text\":\"t\",\"rating\":9999999999}]}")).problem())
        .isEqualTo("must be an integer from 1 to 5, found 9999999999");
    assertThat(jsonError(() -> JSON.read(base + "\"metadata\":{\"k\":1}}")).field()).contains("metadata[k]");
    assertThat(jsonError(() -> JSON.read(base + "\"author\":\"sam\"}")).problem())
        .isEqualTo("must be an object, found a string");
    assertThat(jsonError(() -> JSON.read(base + "\"channel\":null}")).getMessage())
        .isEqualTo("<input>:1:75: channel: must be a string, found null");
    assertThat(jsonError(() -> JSON.read(base + "\"observations\":[{\"type\":\"NOTE\",\"text\":\"t\",\"evidence\":[true]}]}")).field())
        .contains("observations[0].evidence[0]");
  }

  @Test
  void unknownEnumValuesListTheAllowedOnes() {
    String json = "{\"id\":\"m\",\"kind\":\"employee\",\"subject\":{\"id\":\"e\"},\"summary\":\"Hi\"}";
    assertThat(jsonError(() -> JSON.read(json)).getMessage())
        .isEqualTo("<input>:1:18: kind: must be one of CANDIDATE, EMPLOYEE, found \"employee\"");
  }

  @Test
  void illFormedDatesUrisAndLocalesAreNamed() {
    String base = "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"summary\":\"Hi\",";
    assertThat(jsonError(() -> JSON.read(base + "\"occurredAt\":\"2026-11-20\"}")).problem())
        .isEqualTo("must be an ISO-8601 instant such as 2026-11-20T15:00:00Z, found \"2026-11-20\"");
    assertThat(jsonError(() -> JSON.read(base + "\"followUp\":{\"scheduledFor\":\"15.12.2026\"}}")).getMessage())
        .isEqualTo("<input>:1:92: followUp.scheduledFor: must be an ISO-8601 date such as 2026-12-15, found \"15.12.2026\"");
    assertThat(jsonError(() -> JSON.read(base + "\"actions\":[{\"description\":\"d\",\"resource\":\"http://a b\"}]}")).problem())
        .isEqualTo("must be a URI, found \"http://a b\"");
    assertThat(jsonError(() -> JSON.read(base + "\"locale\":\"en_US\"}")).problem())
        .isEqualTo("must be a BCP 47 language tag such as en or de-CH, found \"en_US\"");
  }

  @Test
  void longValuesAreQuotedShortAndWithoutControlCharacters() {
    assertThat(FeedbackJsonReader.quote("a\nb")).isEqualTo("\"a\\u000ab\"");
    assertThat(FeedbackJsonReader.quote("x".repeat(50))).isEqualTo("\"" + "x".repeat(40) + "…\"");
    assertThat(FeedbackJsonReader.quote("x".repeat(39) + "😀z")).isEqualTo("\"" + "x".repeat(39) + "…\"");
  }

  @Test
  void fieldNamesInMessagesAreKeptOnOneLineAndShort() {
    String json = "{\"id\":\"m\",\"bad\\nname\\u202e\":1}";
    FeedbackJsonException e = jsonError(() -> JSON.read(json));
    assertThat(e.field()).contains("bad\\u000aname\\u202e");
    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u202e");
    String longName = "{\"" + "n".repeat(500) + "\":1}";
    assertThat(jsonError(() -> JSON.read(longName)).field()).contains("n".repeat(200) + "…");
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThat(jsonError(() -> JSON.read("{\"id\":\"m\",\"summary\":\"Hi\"}")).getMessage())
        .isEqualTo("<input>:1:1: missing required fields kind, subject");
    assertThat(jsonError(() -> JSON.read("{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{},\"summary\":\"Hi\"}")).getMessage())
        .isEqualTo("<input>:1:39: subject.id: missing required field");
    FeedbackJsonException e =
        jsonError(() -> JSON.read("{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\n\"observations\":[{\"type\":\"NOTE\"},{}]}"));
    assertThat(e.getMessage()).isEqualTo("<input>:2:17: observations[0].text: missing required field");
  }

  @Test
  void invalidContentIsRejectedWithEveryViolationAndTheSource() {
    String json = "{\"id\":\"a b\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"summary\":\" \",\"outcome\":\"OFFER\"}";
    assertThatThrownBy(() -> JSON.read(json, "x.json"))
        .isInstanceOfSatisfying(
            InvalidFeedbackException.class,
            e -> {
              assertThat(e.violations())
                  .containsExactly(
                      new Violation("id", "must contain only the characters A-Z a-z 0-9 . _ : -"),
                      new Violation("outcome", "must be absent in an EMPLOYEE document"),
                      new Violation("summary", "must not be blank"));
              assertThat(e.getMessage()).startsWith("invalid feedback document x.json: id: ");
              assertThat(e.source()).contains("x.json");
            });
  }

  @Test
  void jsonLinesRecordsAreNamedByTheirLineNumber() {
    String line = "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"summary\":\"Hi\",\"x\":1}";
    FeedbackJsonException e = jsonError(() -> JSON.readLine(line, "batch.jsonl", 7));
    assertThat(e.getMessage()).isEqualTo("batch.jsonl:7:65: x: unknown field");
    assertThatThrownBy(() -> JSON.readLine(JSON.write(minimal().withSummary(" ")), "batch.jsonl", 3))
        .isInstanceOf(InvalidFeedbackException.class)
        .hasMessage("invalid feedback document batch.jsonl:3: summary: must not be blank");
    assertThat(JSON.readLine(JSON.write(full()), "batch.jsonl", 2)).isEqualTo(full());
    assertThat(jsonError(() -> JSON.readLine("{\n}", "b.jsonl", 4)).getMessage())
        .isEqualTo("b.jsonl:4: a JSON Lines record must be on one line");
  }

  // ---- limits

  @Test
  void documentLongerThanTheLimitIsRejectedFromAStringAReaderAndAStream() {
    String big = "{\"id\":\"m\",\"summary\":\"" + "x".repeat(FeedbackJson.MAX_DOCUMENT_LENGTH) + "\"}";
    String expected = "the document is longer than the limit of " + FeedbackJson.MAX_DOCUMENT_LENGTH + " characters";
    assertThat(jsonError(() -> JSON.read(big)).problem()).isEqualTo(expected);
    // Through a stream the string limit may trip first; use many short strings to hit the document limit.
    StringBuilder many =
        new StringBuilder("{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"metadata\":{");
    int i = 0;
    // Jackson checks the length each time it refills its buffer, so go one buffer past the limit.
    while (many.length() <= FeedbackJson.MAX_DOCUMENT_LENGTH + 100_000) {
      many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"").append("v".repeat(1000)).append('"');
      i++;
    }
    many.append("}}");
    String doc = many.toString();
    assertThat(jsonError(() -> JSON.read(new StringReader(doc), "r")).problem()).isEqualTo(expected);
    assertThat(jsonError(() -> JSON.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "s")).problem())
        .isEqualTo(expected);
  }

  @Test
  void documentAtTheLengthLimitIsRead() {
    String head = "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"summary\":\"Hi\",\"metadata\":{\"a\":\"b\"}";
    String padded = head + " ".repeat(FeedbackJson.MAX_DOCUMENT_LENGTH - head.length() - 1) + "}";
    assertThat(padded).hasSize(FeedbackJson.MAX_DOCUMENT_LENGTH);
    assertThat(JSON.read(padded).metadata()).containsEntry("a", "b");
  }

  @Test
  void nestingDeeperThanTheLimitIsRejectedByTheParser() throws Exception {
    // A valid document nests 3 levels and the reader rejects a wrong type before going deeper, so
    // the parser's own limit is a second line of defence: check it on the configured parser.
    int limit = FeedbackJson.MAX_NESTING_DEPTH;
    try (var parser = JSON.newParser("[".repeat(limit) + "]".repeat(limit))) {
      parser.nextToken();
      parser.skipChildren();
    }
    try (var parser = JSON.newParser("[".repeat(limit + 1) + "]".repeat(limit + 1))) {
      parser.nextToken();
      assertThatThrownBy(parser::skipChildren)
          .isInstanceOfSatisfying(
              com.fasterxml.jackson.core.exc.StreamConstraintsException.class,
              e ->
                  assertThat(FeedbackJson.limitProblem(e))
                      .isEqualTo("the document is nested deeper than the limit of " + limit + " levels"));
    }
  }

  @Test
  void deepNestingInADocumentIsRejectedWithoutAStackOverflow() {
    String deep = "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"observations\":"
        + "[".repeat(100_000);
    assertThat(jsonError(() -> JSON.read(deep)).getMessage())
        .isEqualTo("<input>:1:" + (deep.indexOf('[') + 2) + ": observations[0]: must be an object, found an array");
  }

  @Test
  void stringLongerThanTheLimitIsRejected() {
    String json = "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"summary\":\""
        + "x".repeat(FeedbackJson.MAX_STRING_LENGTH + 1) + "\"}";
    assertThat(jsonError(() -> JSON.read(json)).problem())
        .isEqualTo("a string is longer than the limit of " + FeedbackJson.MAX_STRING_LENGTH + " characters");
  }

  @Test
  void stringAtTheLimitReachesTheValidator() {
    String json = "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"summary\":\""
        + "x".repeat(FeedbackJson.MAX_STRING_LENGTH) + "\"}";
    assertThatThrownBy(() -> JSON.read(json))
        .isInstanceOf(InvalidFeedbackException.class)
        .hasMessageEndingWith("summary: size must be between 0 and 20000");
  }

  @Test
  void fieldNameLongerThanTheLimitIsRejected() {
    String json = "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"summary\":\"Hi\",\"metadata\":{\""
        + "k".repeat(FeedbackJson.MAX_NAME_LENGTH + 1) + "\":\"v\"}}";
    assertThat(jsonError(() -> JSON.read(json)).problem())
        .isEqualTo("a field name is longer than the limit of " + FeedbackJson.MAX_NAME_LENGTH + " characters");
  }

  @Test
  void numberLongerThanTheLimitIsRejected() {
    String json = "{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"observations\":[{\"type\":\"NOTE\",\"text\":\"t\",\"rating\":"
        + "1".repeat(FeedbackJson.MAX_NUMBER_LENGTH + 1) + "}]}";
    assertThat(jsonError(() -> JSON.read(json)).problem())
        .isEqualTo("a number is longer than the limit of " + FeedbackJson.MAX_NUMBER_LENGTH + " characters");
  }

  @Test
  void tooManyTokensAreRejected() {
    // Each evidence entry "" is one token; 3 characters each keep the document under the length limit.
    StringBuilder b = new StringBuilder("{\"id\":\"m\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e\"},\"observations\":[{\"type\":\"NOTE\",\"text\":\"t\",\"evidence\":[");
    for (int i = 0; i <= FeedbackJson.MAX_TOKEN_COUNT; i++) {
      b.append(i == 0 ? "\"\"" : ",\"\"");
    }
    b.append("]}]}");
    assertThat(b.length()).isLessThan(FeedbackJson.MAX_DOCUMENT_LENGTH);
    assertThat(jsonError(() -> JSON.read(b.toString())).problem())
        .isEqualTo("the document has more than the limit of " + FeedbackJson.MAX_TOKEN_COUNT + " tokens");
  }
}
