package io.github.feedbackkit.examples.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** Builds the {@link Engine} a command runs with; tests substitute their own. */
@FunctionalInterface
interface EngineFactory {
  /**
   * @param settings the policy file (or null for the default policy), the clock, and the locale
   *     for free text (or null for the policy's)
   * @return an engine
   * @throws InputProblem when the policy file cannot be read or is invalid (naming the key)
   */
  Engine create(Settings settings) throws InputProblem;

  /**
   * @param policy the policy file, or null
   * @param clock the clock that gives "now" (fixed with {@code --now})
   * @param locale the locale for free text, or null
   */
  record Settings(Path policy, Clock clock, Locale locale) {
    static Settings defaults() {
      return new Settings(null, Clock.systemUTC(), null);
    }
  }
}
