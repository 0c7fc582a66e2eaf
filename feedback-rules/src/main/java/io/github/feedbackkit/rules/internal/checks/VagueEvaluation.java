package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.FindingSink;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.internal.engine.FieldText;
import io.github.feedbackkit.rules.internal.engine.Reading;
import io.github.feedbackkit.rules.internal.engine.SentenceSignals;
import io.github.feedbackkit.rules.internal.engine.Unit;
import java.util.List;

/** {@code specificity/vague-evaluation}: a verdict with no instance, example or measure. */
final class VagueEvaluation extends BuiltInCheck {
  static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("specificity/vague-evaluation")
      .summary("An evaluative statement (praise, criticism, or a request for a trait) tied to no situation, example or measure")
      .rationale("A verdict such as \"Great communication skills\" or \"Your analytical skills need work\" tells the "
          + "reader neither what to repeat nor what to change. Tie each judgement to a named task, question, meeting, "
          + "artifact or time, or to a number or quote. Structured observations with evidence count as specific. "
          + "Vague praise next to specific statements reads as courtesy and is only a note.")
      .severity(Severity.WARNING)
      .good(
          "In the system-design round you sized the cache from the read/write ratio before choosing Redis.",
          "Two of your three answers in the behavioural interview had no concrete example.",
          "Client churn in your accounts fell from 9% to 5% this quarter.",
          "Your handover notes on the night shift listed every patient's medication changes.",
          "Thank you for taking the time to speak with us on Tuesday.",
          "I have no doubts about her dependability: she covered four extra shifts in March.",
          "The head chef was impressed that you tasted each sauce before serving.")
      .bad(
          "«Good job.»",
          "«Great communication skills.» Thanks again.",
          "Thank you for your time. «Your analytical skills need work.»",
          "«You should be more proactive.»",
          "«Lacked experience.»",
          "We enjoyed meeting you. «Your writing skills were weak.»",
          "Thanks for coming in. «You did fine overall.»",
          "«Your work has been disappointing.»",
          "«The head chef was impressed that you did well.»")
      .build();

  VagueEvaluation() {
    super(DESCRIPTOR);
  }

  @Override
  public void check(Reading reading, FindingSink sink) {
    // specific feedback: a specific verdict or action, or a specific account of what they did
    boolean anySpecific = reading.specificStatements() > 0
        || anyDescribed(reading.strengths());
    List<FieldText> fields = reading.fields();
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      if (!f.role().isProse()) {
        continue;
      }
      List<SentenceSignals> sentences = f.sentences();
      for (int si = 0, sentenceCount = sentences.size(); si < sentenceCount; si++) {
        SentenceSignals s = sentences.get(si);
        // a dated thank-you ("Thanks for your time on Monday") is not specific feedback
        anySpecific |= s.specific() && (s.evaluative() || s.action());
      }
    }
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      if (!f.role().isProse()) {
        continue;
      }
      if (f.hasEvidence()) {
        continue; // structured observations with evidence count as specific
      }
      List<SentenceSignals> sentences = f.sentences();
      for (int si = 0, sentenceCount = sentences.size(); si < sentenceCount; si++) {
        SentenceSignals s = sentences.get(si);
        Sentence sent = s.sentence();
        if (!s.evaluative() || s.specific() || (s.action() && !s.trait()) || sent.question()) {
          continue;
        }
        FindingSink.Draft d = sink.report(f.field(), sent.start(), sent.end());
        if (s.trait()) {
          d.message("This asks for a trait, not a behaviour: the reader cannot tell what to do differently "
              + "or when.")
              .prompt("Name a situation where the behaviour mattered and what you would like to see instead.");
        } else if (s.praise() && !s.criticism() && anySpecific) {
          // warm words next to specific ones are courtesy, not a verdict: a note, not a warning
          d.severity(Severity.INFO)
              .message("This praise names no example; the rest of the feedback is specific, so it reads as "
                  + "courtesy, but an example would make it count.")
              .prompt("Name the situation and what they did, or add a number, a quote or an example.");
        } else {
          d.message("This is a verdict without an example: the reader cannot tell what to repeat or change.")
              .prompt("Name the situation and what they did, or add a number, a quote or an example.");
        }
      }
    }
  }

  private static boolean anyDescribed(java.util.List<Unit> units) {
    for (int ui = 0, unitCount = units.size(); ui < unitCount; ui++) {
      Unit u = units.get(ui);
      if (u.described()) {
        return true;
      }
    }
    return false;
  }
}
