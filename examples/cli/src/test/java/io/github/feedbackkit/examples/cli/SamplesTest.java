package io.github.feedbackkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.render.json.FeedbackJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled samples are valid canonical documents and tell the story the demo needs. */
class SamplesTest {
  @Test
  void everyJsonSampleIsAValidDocument() throws Exception {
    for (String name : DemoCommand.SAMPLE_FILES) {
      if (name.endsWith(".json")) {
        assertThatCode(() -> FeedbackJson.standard().read(DemoCommand.sample(name), name)).as(name).doesNotThrowAnyException();
      }
    }
  }

  @Test
  void theSamplesCoverTheFourSituationsOfTheDemo() throws Exception {
    Feedback rejection = read("rejection-technical-interview.json");
    assertThat(rejection.kind()).isEqualTo(FeedbackKind.CANDIDATE);
    assertThat(rejection.context().orElseThrow().stage()).contains(HiringStage.TECHNICAL_INTERVIEW);
    assertThat(read("onsite-debrief.json").context().orElseThrow().stage()).contains(HiringStage.ONSITE);
    assertThat(read("improvement-session.json").context().orElseThrow().session()).contains(SessionType.PERFORMANCE_IMPROVEMENT);
    assertThat(read("recognition-note.json").context().orElseThrow().session()).contains(SessionType.RECOGNITION);
    assertThat(DemoCommand.sample("recruiter-draft.txt")).startsWith("Hi Sam,");
  }

  @Test
  void everyLineOfTheBatchSampleIsAValidDocument() throws Exception {
    List<String> lines = DemoCommand.sample("batch.jsonl").lines().toList();
    assertThat(lines).hasSize(5);
    for (int i = 0; i < lines.size(); i++) {
      int n = i + 1;
      String line = lines.get(i);
      assertThatCode(() -> FeedbackJson.standard().readLine(line, "batch.jsonl", n)).doesNotThrowAnyException();
    }
  }

  @Test
  void theSamplesAreInCanonicalForm() throws Exception {
    for (String name : DemoCommand.SAMPLE_FILES) {
      if (name.endsWith(".json")) {
        assertThat(FeedbackJson.standard().writePretty(read(name)) + "\n").as(name).isEqualTo(DemoCommand.sample(name));
      }
    }
    for (String line : DemoCommand.sample("batch.jsonl").lines().toList()) {
      assertThat(FeedbackJson.standard().write(FeedbackJson.standard().read(line, "batch.jsonl"))).isEqualTo(line);
    }
  }

  private static Feedback read(String name) throws Exception {
    return FeedbackJson.standard().read(DemoCommand.sample(name), name);
  }
}
