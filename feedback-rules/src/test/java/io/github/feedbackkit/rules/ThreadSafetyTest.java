package io.github.feedbackkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One analyzer shared by many threads, its word memo filling up (and growing its table) while
 * they run, gives every thread the reports a single thread gets from a fresh analyzer.
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

  @Test
  void aSharedAnalyzerGivesEveryThreadTheReportsOfAFreshOne() throws Exception {
    List<String> texts = texts(600);
    List<QualityReport> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(FeedbackAnalyzer.builder().loadPlugins(false).build().analyze(t));
    }
    FeedbackAnalyzer shared = FeedbackAnalyzer.builder().loadPlugins(false).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int th = 0; th < 8; th++) {
        int offset = th * 75;
        results.add(pool.submit(() -> {
          int wrong = 0;
          for (int i = 0; i < texts.size(); i++) {
            int k = (i + offset) % texts.size();
            if (!shared.analyze(texts.get(k)).equals(expected.get(k))) {
              wrong++;
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
