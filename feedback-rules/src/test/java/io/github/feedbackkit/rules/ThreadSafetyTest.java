package io.github.feedbackkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Subject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One analyzer shared by many threads, its word memo filling up (and growing its table) and its
 * working arrays passed from thread to thread while they run, gives every thread the reports a
 * single thread gets from a fresh analyzer.
 */
class ThreadSafetyTest {
  private static final String[] WORDS = {
    "You", "you", "reviewed", "the", "report", "carefully", "and", "found", "three", "errors", "not", "good",
    "Your", "reporting", "needs", "work", "great", "job", "on", "May", "3", "2024", "please", "send", "it", "by",
    "Friday", "she", "is", "too", "aggressive", "a", "culture", "fit", "young", "energetic", "we", "will",
    "never", "unhelpful", "maybe", "somewhat", "late", "$3.50", "12%", "e.g.", "https://example.com/a",
    "R&D", "don't", "follow-up", "\u201cgreat\u201d", "na\u00efve", "Stra\u00dfe", "\uD83D\uDE00"};

  private static List<String> texts(int n) {
    SplittableRandom r = new SplittableRandom(20261204);
    List<String> out = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      StringBuilder b = new StringBuilder();
      int words = 5 + r.nextInt(60);
      for (int w = 0; w < words; w++) {
        String word = r.nextInt(4) == 0 ? "w" + Integer.toString(r.nextInt(5_000), 36) : WORDS[r.nextInt(WORDS.length)];
        b.append(word).append(r.nextInt(9) == 0 ? ". " : " ");
      }
      out.add(b.toString());
    }
    return out;
  }

  /** Documents of several fields each (a summary, observations with evidence, actions) from the texts. */
  private static List<Feedback> documents(List<String> texts) {
    SplittableRandom r = new SplittableRandom(4);
    List<Feedback> out = new ArrayList<>();
    int next = 0;
    for (int d = 0; next + 11 <= texts.size(); d++) { // a document takes at most 11 texts
      Feedback.Builder b = Feedback.builder().id("doc-" + d).kind(FeedbackKind.EMPLOYEE)
          .subject(Subject.builder().id("s").build()).occurredAt(Instant.parse("2026-11-02T10:00:00Z"))
          .summary(texts.get(next++));
      for (int o = 0, obs = 1 + r.nextInt(3); o < obs; o++) {
        Observation.Builder ob = Observation.builder()
            .type(r.nextBoolean() ? ObservationType.STRENGTH : ObservationType.IMPROVEMENT).text(texts.get(next++));
        for (int e = 0, ev = r.nextInt(3); e < ev; e++) {
          ob.addEvidence(texts.get(next++));
        }
        b.addObservation(ob.build());
      }
      if (r.nextBoolean()) {
        b.addAction(ActionItem.builder().description(texts.get(next++)).build());
      }
      out.add(b.build());
    }
    return out;
  }

  @Test
  void aSharedAnalyzerGivesEveryThreadTheDocumentReportsOfAFreshOne() throws Exception {
    // the threads take working arrays from the analyzer's pool and give them back, document after
    // document: what one document leaves in them must never change another's report
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    List<Feedback> documents = documents(texts(900));
    List<QualityReport> expected = new ArrayList<>();
    for (Feedback f : documents) {
      expected.add(FeedbackAnalyzer.builder().loadPlugins(false).clock(clock).build().analyze(f));
    }
    FeedbackAnalyzer shared = FeedbackAnalyzer.builder().loadPlugins(false).clock(clock).build();
    assertEveryThreadGets(documents, expected, shared::analyze, 2);
    assertThat(documents.size()).isGreaterThan(100);
  }

  @Test
  void aSharedAnalyzerGivesEveryThreadTheReportsOfAFreshOne() throws Exception {
    List<String> texts = texts(600);
    List<QualityReport> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(FeedbackAnalyzer.builder().loadPlugins(false).build().analyze(t));
    }
    FeedbackAnalyzer shared = FeedbackAnalyzer.builder().loadPlugins(false).build();
    assertEveryThreadGets(texts, expected, shared::analyze, 1);
  }

  /**
   * Eight threads analyse every input (each starting at another one) for some rounds: each must
   * get exactly the report expected of every input.
   */
  private static <T> void assertEveryThreadGets(List<T> inputs, List<QualityReport> expected,
      Function<T, QualityReport> analyze, int rounds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int th = 0; th < 8; th++) {
        int offset = th * inputs.size() / 8;
        results.add(pool.submit(() -> {
          int wrong = 0;
          for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < inputs.size(); i++) {
              int k = (i + offset) % inputs.size();
              if (!analyze.apply(inputs.get(k)).equals(expected.get(k))) {
                wrong++;
              }
            }
          }
          return wrong;
        }));
      }
      for (Future<Integer> r : results) {
        assertThat(r.get()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
