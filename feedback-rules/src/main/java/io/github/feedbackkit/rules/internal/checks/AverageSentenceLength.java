package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.FieldRole;
import io.github.feedbackkit.rules.internal.engine.FieldText;
import io.github.feedbackkit.rules.internal.engine.Reading;
import java.util.List;

/** {@code clarity/average-sentence-length}: sentences over 25 words on average. */
final class AverageSentenceLength extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("clarity/average-sentence-length")
      .summary("Sentences average more than 25 words (in a field of three sentences or more)")
      .rationale("When most sentences are long, the whole text is hard going, even if no single sentence is "
          + "extreme. Shorter sentences are understood on first reading.")
      .severity(Severity.WARNING)
      .good("Thank you for the onsite interview. Your whiteboard design was clear. Next time, size the queue first.")
      .bad("«»Thank you very much for coming in to see us for the onsite interview last Thursday afternoon, which we "
          + "know took a lot of preparation and travel on your part and a whole day away from your current job. "
          + "The panel felt that your whiteboard design for the notification service was thoughtful in the way it "
          + "separated the delivery workers from the scheduling logic and the retry policy. "
          + "However we would have liked to hear more about how you would size the message queue and what you would "
          + "monitor in production once the service was live and taking real traffic from customers.")
      .build();

  AverageSentenceLength() {
    super(DESCRIPTOR);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    List<FieldText> fields = reading.fields();
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      if (f.role() == FieldRole.EVIDENCE) {
        continue; // the author's words only: not someone's quoted evidence
      }
      Metrics m = f.text().metrics();
      if (m.sentences() >= 3 && m.averageSentenceLength() > 25.0) {
        sink.report(f.field(), 0, 0)
            .message("Sentences here average " + Numbers.whole(m.averageSentenceLength()) + " words; above about 25 "
                + "the text is hard going on first reading.")
            .prompt("Split the longest sentences; keep one idea per sentence.");
      }
    }
  }
}
