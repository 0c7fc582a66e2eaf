package io.github.feedbackkit.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reader's word tests answer as the sets they replace. */
class ReaderWordsTest {
  private static final Set<String> REPORT_OPENERS = Set.of("that", "when", "how");
  private static final Set<String> OBJECT_DETERMINERS = Set.of("each", "every", "all", "both",
      "the", "a", "an", "this", "that", "these", "those", "your");

  @Test
  void reportOpenersAndObjectDeterminersAreTheSets() {
    List<String> words = new ArrayList<>(List.of("", "a", "an", "the", "all", "al", "alls", "each", "both", "this",
        "that", "your", "you", "every", "these", "those", "thes", "thosee", "when", "how", "who", "what", "then",
        "there", "ever", "eaches", "A", "The", "an ", "i", "is", "it", "report", "whenever"));
    words.addAll(REPORT_OPENERS);
    words.addAll(OBJECT_DETERMINERS);
    for (String w : words) {
      assertThat(Reader.isReportOpener(w)).as(w).isEqualTo(REPORT_OPENERS.contains(w));
      assertThat(Reader.isObjectDeterminer(w)).as(w).isEqualTo(OBJECT_DETERMINERS.contains(w));
    }
  }
}
