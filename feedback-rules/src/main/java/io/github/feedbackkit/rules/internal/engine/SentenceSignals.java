package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.Sentence;

/**
 * What a sentence does, as the checks read it: praises, criticises, ties itself to an instance or
 * a measure, proposes an action, asks for a trait instead of a behaviour, or turns a candidate down.
 *
 * @param sentence the sentence
 * @param praise whether it acknowledges a strength
 * @param criticism whether it names an improvement area
 * @param specific whether it is tied to an instance or a measure
 * @param action whether it proposes something to do (recommendation, resource, goal, follow-up)
 * @param trait whether it asks for a trait ("be more proactive") with no instance
 * @param rejection whether it tells a candidate they were not selected
 */
public record SentenceSignals(
    Sentence sentence,
    boolean praise,
    boolean criticism,
    boolean specific,
    boolean action,
    boolean trait,
    boolean rejection) {

  /** @return whether the sentence evaluates (praise, criticism or a trait request) */
  public boolean evaluative() {
    return praise || criticism || trait;
  }
}
