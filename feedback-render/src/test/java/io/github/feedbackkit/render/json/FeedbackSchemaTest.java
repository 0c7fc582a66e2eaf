package io.github.feedbackkit.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.feedbackkit.core.InvalidFeedbackException;
import io.github.feedbackkit.testkit.FeedbackGenerators;
import io.github.feedbackkit.testkit.FeedbackRule;
import io.github.feedbackkit.testkit.QuickTheoriesGenerators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schema and the library agree: what one accepts, the other does too. */
class FeedbackSchemaTest {
  private static final Path SCHEMA_FILE = Path.of("../docs/schema/feedback.schema.json");
  private static final FeedbackJson JSON = FeedbackJson.standard();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    schema = registry.getSchema(Files.readString(SCHEMA_FILE), InputFormat.JSON);
  }

  private static List<Error> schemaErrors(String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void documentsWrittenByTheLibraryMatchTheSchema() {
    qt().withExamples(200)
        .forAll(
            QuickTheoriesGenerators.valid(FeedbackGenerators.realistic().withSize(15)),
            QuickTheoriesGenerators.valid(FeedbackGenerators.hostile().withSize(15)))
        .checkAssert(
            (realistic, hostile) -> {
              assertThat(schemaErrors(JSON.write(realistic))).isEmpty();
              assertThat(schemaErrors(JSON.writePretty(hostile))).isEmpty();
            });
  }

  @Test
  void smallestDocumentsMatchTheSchema() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(schemaErrors(JSON.write(FeedbackGenerators.realistic().withSize(0).valid(seed)))).isEmpty();
    }
  }

  /** Documents that break a rule the schema can express are rejected by both. */
  @ParameterizedTest
  @EnumSource(
      value = FeedbackRule.class,
      mode = EnumSource.Mode.EXCLUDE,
      names = {"DUE_DATE_BEFORE_EVENT", "FOLLOW_UP_BEFORE_EVENT", "DELIVERED_BEFORE_OCCURRED"})
  void generatedInvalidDocumentsAreRejectedByBoth(FeedbackRule rule) {
    for (long seed = 0; seed < 5; seed++) {
      String json = JSON.write(FeedbackGenerators.realistic().invalid(seed, rule));
      assertThat(schemaErrors(json)).as("%s seed %d", rule, seed).isNotEmpty();
      assertThat(catchThrowable(() -> JSON.read(json)))
          .as("%s seed %d", rule, seed)
          .isInstanceOf(InvalidFeedbackException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = FeedbackRule.class,
      names = {"DUE_DATE_BEFORE_EVENT", "FOLLOW_UP_BEFORE_EVENT", "DELIVERED_BEFORE_OCCURRED"})
  void dateOrderIsCheckedByTheLibraryOnly(FeedbackRule rule) {
    String json = JSON.write(FeedbackGenerators.realistic().invalid(1L, rule));
    assertThat(schemaErrors(json)).isEmpty();
    assertThat(catchThrowable(() -> JSON.read(json))).isInstanceOf(InvalidFeedbackException.class);
  }

  private static final String VALID =
      "{\"id\":\"fb-1\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c-1\"},\"summary\":\"Thanks.\"";

  private static Arguments bad(String name, String json) {
    return Arguments.of(name, json);
  }

  static Stream<Arguments> badDocuments() {
    String employee = "{\"id\":\"fb-1\",\"kind\":\"EMPLOYEE\",\"subject\":{\"id\":\"e-1\"},\"summary\":\"Thanks.\"";
    String obs = "\"observations\":[{\"type\":\"STRENGTH\",\"text\":\"Clear.\"";
    String act = "\"actions\":[{\"description\":\"Practise.\"";
    return Stream.of(
        bad("unknown top-level field", VALID + ",\"sumary\":\"x\"}"),
        bad("unknown nested field", "{\"id\":\"fb-1\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\",\"nmae\":\"A\"},\"summary\":\"s\"}"),
        bad("missing id", "{\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\"},\"summary\":\"s\"}"),
        bad("missing kind", "{\"id\":\"fb-1\",\"subject\":{\"id\":\"c\"},\"summary\":\"s\"}"),
        bad("missing subject", "{\"id\":\"fb-1\",\"kind\":\"CANDIDATE\",\"summary\":\"s\"}"),
        bad("missing subject id", "{\"id\":\"fb-1\",\"kind\":\"CANDIDATE\",\"subject\":{},\"summary\":\"s\"}"),
        bad("lower-case kind", "{\"id\":\"fb-1\",\"kind\":\"candidate\",\"subject\":{\"id\":\"c\"},\"summary\":\"s\"}"),
        bad("id with a space", "{\"id\":\"fb 1\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\"},\"summary\":\"s\"}"),
        bad("empty id", "{\"id\":\"\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\"},\"summary\":\"s\"}"),
        bad("id of 129 characters", "{\"id\":\"" + "i".repeat(129) + "\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\"},\"summary\":\"s\"}"),
        bad("id that is a number", "{\"id\":17,\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\"},\"summary\":\"s\"}"),
        bad("blank summary", "{\"id\":\"fb-1\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\"},\"summary\":\" \\t\\u2003\"}"),
        bad("summary of 20001 characters", "{\"id\":\"fb-1\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\"},\"summary\":\"" + "s".repeat(20_001) + "\"}"),
        bad("blank display name", "{\"id\":\"fb-1\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\",\"displayName\":\"\"},\"summary\":\"s\"}"),
        bad("display name of 201 characters", "{\"id\":\"fb-1\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\",\"displayName\":\"" + "n".repeat(201) + "\"},\"summary\":\"s\"}"),
        bad("rating 6", VALID + "," + obs + ",\"rating\":6}]}"),
        bad("rating 0", VALID + "," + obs + ",\"rating\":0}]}"),
        bad("rating as a string", VALID + "," + obs + ",\"rating\":\"4\"}]}"),
        bad("observation without text", VALID + ",\"observations\":[{\"type\":\"NOTE\"}]}"),
        bad("unknown observation type", VALID + ",\"observations\":[{\"type\":\"PRAISE\",\"text\":\"t\"}]}"),
        bad("evidence that is not a list", VALID + "," + obs + ",\"evidence\":\"quote\"}]}"),
        bad("51 evidence entries", VALID + "," + obs + ",\"evidence\":[" + "\"e\",".repeat(50) + "\"e\"]}]}"),
        bad("ftp resource", VALID + "," + act + ",\"resource\":\"ftp://example.org/x\"}]}"),
        bad("javascript resource", VALID + "," + act + ",\"resource\":\"javascript:alert(1)\"}]}"),
        bad("unknown action owner", VALID + "," + act + ",\"owner\":\"TEAM\"}]}"),
        bad("due date in another format", VALID + "," + act + ",\"dueDate\":\"15.12.2026\"}]}"),
        bad("follow-up without a date", VALID + ",\"followUp\":{\"purpose\":\"Review\"}}"),
        bad("candidate document with a session", VALID + ",\"context\":{\"session\":\"RECOGNITION\"}}"),
        bad("employee document with a stage", employee + ",\"context\":{\"stage\":\"ONSITE\"}}"),
        bad("employee document with an outcome", employee + ",\"outcome\":\"REJECTED\"}"),
        bad("no summary and no observations", "{\"id\":\"fb-1\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\"}}"),
        bad("no summary and an empty observation list", "{\"id\":\"fb-1\",\"kind\":\"CANDIDATE\",\"subject\":{\"id\":\"c\"},\"observations\":[]}"),
        bad("occurredAt that is not an instant", VALID + ",\"occurredAt\":\"yesterday\"}"),
        bad("occurredAt without an offset", VALID + ",\"occurredAt\":\"2026-11-20T15:00:00\"}"),
        bad("unknown channel", VALID + ",\"channel\":\"FAX\"}"),
        bad("null channel", VALID + ",\"channel\":null}"),
        bad("locale with an underscore", VALID + ",\"locale\":\"en_US\"}"),
        bad("unknown author role", VALID + ",\"author\":{\"id\":\"a\",\"role\":\"BOSS\"}}"),
        bad("metadata value that is a number", VALID + ",\"metadata\":{\"ats\":42}}"),
        bad("metadata value of 2001 characters", VALID + ",\"metadata\":{\"ats\":\"" + "v".repeat(2001) + "\"}}"),
        bad("blank metadata key", VALID + ",\"metadata\":{\" \":\"v\"}}"),
        bad("metadata key of 129 characters", VALID + ",\"metadata\":{\"" + "k".repeat(129) + "\":\"v\"}}"),
        bad("document that is an array", "[" + VALID + "}]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void documentsViolatingTheSchemaAreRejectedByTheLibraryToo(String name, String json) {
    assertThat(schemaErrors(json)).as("schema errors").isNotEmpty();
    Throwable thrown = catchThrowable(() -> JSON.read(json, "bad.json"));
    assertThat(thrown)
        .as("library")
        .isInstanceOfAny(FeedbackJsonException.class, InvalidFeedbackException.class);
    assertThat(thrown.getMessage()).startsWith(thrown instanceof FeedbackJsonException ? "bad.json:" : "invalid feedback document bad.json: ");
  }

  @Test
  void theValidBaseOfTheBadDocumentsIsValidForBoth() {
    assertThat(schemaErrors(VALID + "}")).isEmpty();
    assertThat(JSON.read(VALID + "}").id()).isEqualTo("fb-1");
  }
}
