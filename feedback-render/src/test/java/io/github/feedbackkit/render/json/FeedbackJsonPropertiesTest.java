package io.github.feedbackkit.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Subject;
import io.github.feedbackkit.testkit.FeedbackGenerators;
import io.github.feedbackkit.testkit.QuickTheoriesGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the JSON form, driven by the testkit's generators. */
class FeedbackJsonPropertiesTest {
  private static final FeedbackJson JSON = FeedbackJson.standard();

  @Test
  void writeThenReadGivesAnEqualDocument() {
    qt().withExamples(300)
        .forAll(QuickTheoriesGenerators.valid(FeedbackGenerators.realistic().withSize(20)))
        .checkAssert(
            doc -> {
              assertThat(JSON.read(JSON.write(doc))).isEqualTo(doc);
              assertThat(JSON.read(JSON.writePretty(doc))).isEqualTo(doc);
            });
  }

  @Test
  void hostileDocumentsSurviveEveryWayOfReadingAndWriting() {
    qt().withExamples(200)
        .forAll(QuickTheoriesGenerators.valid(FeedbackGenerators.hostile().withSize(25)))
        .checkAssert(
            doc -> {
              String compact = JSON.write(doc);
              assertThat(JSON.read(compact)).isEqualTo(doc);
              assertThat(JSON.read(new StringReader(JSON.writePretty(doc)), "r")).isEqualTo(doc);
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              JSON.write(doc, bytes);
              assertThat(JSON.read(new ByteArrayInputStream(bytes.toByteArray()), "s")).isEqualTo(doc);
              assertThat(compact).doesNotContain("\n").doesNotContain("\r");
              assertThat(JSON.readLine(compact, "x.jsonl", 1)).isEqualTo(doc);
            });
  }

  @Test
  void writingIsDeterministic() {
    qt().withExamples(100)
        .forAll(QuickTheoriesGenerators.seeds())
        .checkAssert(
            seed -> {
              Feedback a = FeedbackGenerators.hostile().valid(seed);
              Feedback b = FeedbackGenerators.hostile().valid(seed);
              assertThat(JSON.write(a)).isEqualTo(JSON.write(b));
              assertThat(JSON.write(JSON.read(JSON.write(a)))).isEqualTo(JSON.write(a));
            });
  }

  /** Any string: every code point, lone surrogates included, and the testkit's hostile texts. */
  private static Gen<String> anyText() {
    Gen<String> codePoints = strings().allPossible().ofLengthBetween(0, 300);
    Gen<String> basicPlane = strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 300);
    Gen<String> hostile = QuickTheoriesGenerators.paragraphs(FeedbackGenerators.hostile().withSize(20));
    return codePoints.mix(basicPlane).mix(hostile);
  }

  @Test
  void anyStringContentSurvivesARoundTrip() {
    qt().withExamples(500)
        .forAll(anyText(), anyText(), integers().between(0, 4))
        .checkAssert(
            (text, other, where) -> {
              // A leading letter keeps every text non-blank, so the document stays valid.
              String t = "x" + text;
              Feedback doc =
                  Feedback.builder()
                      .id("fb-1")
                      .kind(FeedbackKind.EMPLOYEE)
                      .subject(Subject.builder().id("s").displayName("x" + limit(other, 150)).build())
                      .summary(t)
                      .addObservation(
                          Observation.builder()
                              .type(ObservationType.NOTE)
                              .text(where == 0 ? "x" : t)
                              .addEvidence("x" + other)
                              .build())
                      .addAction(ActionItem.builder().description(where == 1 ? "x" : t).build())
                      .putMetadata("x" + limit(other, 100), t.length() > 2000 ? "x" : t)
                      .build();
              assertThat(JSON.read(JSON.write(doc))).isEqualTo(doc);
              assertThat(JSON.read(JSON.writePretty(doc))).isEqualTo(doc);
            });
  }

  @Test
  void controlCharactersAndMarkupAreEscapedOrKeptVerbatim() {
    Feedback doc =
        Feedback.builder()
            .id("fb-1")
            .kind(FeedbackKind.EMPLOYEE)
            .subject(Subject.of("s"))
            .summary("x\u0000\u001f\u007f<script>\u2028\"\\")
            .metadata(Map.of("k", "v"))
            .build();
    String json = JSON.write(doc);
    assertThat(json)
        .contains("x\\u0000\\u001F\u007f<script>\u2028\\\"\\\\")
        .doesNotContain("\u0000");
    assertThat(JSON.read(json)).isEqualTo(doc);
  }

  private static String limit(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }
}
