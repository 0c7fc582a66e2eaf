package io.github.feedbackkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.feedbackkit.render.json.ReportJson;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The report JSON keeps the contract's field names and validates against docs/schema/report.schema.json. */
class ReportJsonTest {
  private static final Path SCHEMA = Path.of("..", "docs", "schema", "report.schema.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static void assertValid(String json) {
    assertThat(schema.validate(json, InputFormat.JSON)).as(json).isEmpty();
  }

  @Test
  void writtenReportsValidateAgainstThePublishedSchema() {
    assertValid(ReportJson.toJson(Fixtures.technicalInterviewReport(), "a.json"));
    assertValid(ReportJson.toPrettyJson(Fixtures.freeTextReport(), null));
    qt().withFixedSeed(20261124L).withExamples(200).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      var f = GeneratedDocuments.document(seed);
      assertValid(ReportJson.toJson(HostileContentTest.reportWithFindingOnEachObservation(f), f.id()));
    });
  }

  @Test
  void schemaRejectsAReportWithAMisspeltOrMissingField() {
    String json = ReportJson.toJson(Fixtures.freeTextReport(), null);
    assertThat(schema.validate(json.replace("\"verdict\"", "\"verdikt\""), InputFormat.JSON)).isNotEmpty();
    assertThat(schema.validate(json.replace("\"score\":43,", ""), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void fieldNamesAreThoseOfTheContract() throws IOException {
    JsonNode n = MAPPER.readTree(ReportJson.toJson(Fixtures.technicalInterviewReport(), "samples/x.json"));
    assertThat(names(n)).containsExactly("schema", "source", "feedbackId", "score", "verdict", "dimensions", "findings", "metrics");
    assertThat(names(n.get("dimensions"))).containsExactly("timeliness", "specificity", "balance", "clarity", "actionability", "fairness");
    assertThat(names(n.get("dimensions").get("clarity"))).containsExactly("assessed", "score", "passed");
    assertThat(names(n.get("findings").get(0)))
        .containsExactly("rule", "dimension", "severity", "field", "start", "end", "excerpt", "message", "suggestion");
    assertThat(names(n.get("metrics"))).containsExactly("characters", "words", "sentences", "syllables",
        "fleschReadingEase", "fleschKincaidGrade", "averageSentenceLength");
    assertThat(n.get("schema").asText()).isEqualTo("feedbackkit-report/1");
    assertThat(n.get("source").asText()).isEqualTo("samples/x.json");
    assertThat(n.get("findings").get(0).get("severity").asText()).isEqualTo("info");
  }

  @Test
  void notAssessedDimensionsAndAbsentValuesAreNull() throws IOException {
    JsonNode n = MAPPER.readTree(ReportJson.toJson(Fixtures.freeTextReport(), null));
    assertThat(n.get("source").isNull()).isTrue();
    assertThat(n.get("feedbackId").isNull()).isTrue();
    JsonNode t = n.get("dimensions").get("timeliness");
    assertThat(t.get("assessed").asBoolean()).isFalse();
    assertThat(t.get("score").isNull()).isTrue();
    assertThat(t.get("passed").isNull()).isTrue();
  }

  @Test
  void decimalMetricsAreRoundedToTwoPlaces() throws IOException {
    // 10 words, 3 sentences, 15 syllables: FRE = 206.835 - 1.015 * 10/3 - 84.6 * 1.5 = 79.935 - 3.3833 = 76.55 (76.5517)
    JsonNode m = MAPPER.readTree(ReportJson.toJson(Fixtures.freeTextReport(), null)).get("metrics");
    assertThat(m.get("fleschReadingEase").decimalValue()).isEqualByComparingTo("76.55");
    assertThat(m.get("averageSentenceLength").decimalValue()).isEqualByComparingTo("3.33");
  }

  @Test
  void pluginDimensionsFollowTheSixBuiltIns() throws IOException {
    Dimension custom = Dimension.of("inclusivity");
    QualityReport r = new QualityReport(Optional.of("fb-1"), 80, Verdict.PASS,
        Map.of(custom, DimensionResult.assessed(custom, 80, true, Map.of())), List.of(), Metrics.EMPTY);
    String json = ReportJson.toJson(r, null);
    assertThat(names(MAPPER.readTree(json).get("dimensions"))).endsWith("fairness", "inclusivity").hasSize(7);
    assertValid(json);
  }

  @Test
  void nullReportIsAClearError() {
    assertThatThrownBy(() -> ReportJson.toJson(null, null)).isInstanceOf(IllegalArgumentException.class).hasMessage("report must not be null");
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
