package io.github.feedbackkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.feedbackkit.core.Feedback;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One renderer shared by many threads gives each of them the same output as a single thread. */
class ThreadSafetyTest {
  @Test
  void aSharedRendererGivesTheSameOutputOnEveryThread() throws Exception {
    FeedbackRenderer renderer = FeedbackRenderer.builder().build();
    List<Feedback> docs = new ArrayList<>(Fixtures.all().values());
    List<String> expected = new ArrayList<>();
    for (Feedback f : docs) {
      expected.add(renderer.message(f) + renderer.messageHtml(f) + renderer.markdown(f));
    }
    String report = renderer.htmlReport(Fixtures.technicalInterviewRejection(), Fixtures.technicalInterviewReport());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            int k = (i + offset) % docs.size();
            Feedback f = docs.get(k);
            String out = renderer.message(f) + renderer.messageHtml(f) + renderer.markdown(f);
            if (!out.equals(expected.get(k))
                || !renderer.htmlReport(Fixtures.technicalInterviewRejection(), Fixtures.technicalInterviewReport()).equals(report)) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
