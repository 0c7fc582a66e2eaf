package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.Check;
import io.github.feedbackkit.rules.internal.engine.Lexicons;
import java.util.List;

/** The built-in checks, listed explicitly (plugins come from {@link java.util.ServiceLoader}). */
public final class BuiltInChecks {
  private BuiltInChecks() {}

  /**
   * @param lex the word lists, with the policy's changes
   * @return a new instance of every built-in check
   */
  public static List<Check> all(Lexicons lex) {
    return List.of(
        new LateDelivery(),
        new OverdueDraft(),
        new VagueEvaluation(),
        new DestructivePhrase(lex),
        new NoStrength(),
        new CriticismOverwhelms(),
        new PraiseOnly(),
        new LongSentence(),
        new AverageSentenceLength(),
        new HardToRead(),
        new Jargon(lex),
        new HedgingStack(),
        new DoubleNegative(lex),
        new HiddenActor(),
        new UnsupportedLanguage(),
        new NoWayForward(),
        new NoNextStep(),
        new ProtectedCharacteristic(lex),
        new PersonalityLabel(lex),
        new CultureFit(lex),
        new SweepingAbsolute(lex),
        new GenderCoded(lex));
  }
}
