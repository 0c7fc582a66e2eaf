package io.github.feedbackkit.rules;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.rules.internal.checks.BuiltInChecks;
import io.github.feedbackkit.rules.internal.engine.Engine;
import io.github.feedbackkit.rules.internal.engine.Lexicons;
import io.github.feedbackkit.rules.internal.engine.ReadingCheck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Scores feedback against the quality rubric and explains every point it takes off. Immutable and
 * thread-safe: build one and share it.
 *
 * <pre>{@code
 * FeedbackAnalyzer analyzer = FeedbackAnalyzer.builder()
 *     .policy(QualityPolicy.defaults())
 *     .clock(Clock.systemUTC())
 *     .build();
 * QualityReport report = analyzer.analyze("Good job. You should be more proactive.");
 * report.verdict();                     // REVISE
 * report.findings().get(0).ruleId();    // "specificity/vague-evaluation"
 * }</pre>
 *
 * <p>Checks are the built-ins plus any {@code io.github.feedbackkit.rules.Check} services found by
 * {@link ServiceLoader} (switch off with {@link Builder#loadPlugins(boolean)}) plus those added with
 * {@link Builder#addCheck(Check)}. The report never depends on the order in which they were
 * registered. Free text gets no timeliness score; documents are read field by field ({@code
 * summary}, {@code observations[i].text}, {@code observations[i].evidence[j]}, {@code
 * actions[i].description}). A document may suppress rules for itself alone with the metadata key
 * {@value #SUPPRESS_METADATA_KEY} (comma-separated rule ids); such a document-level suppression
 * never removes a finding of severity {@link Severity#ERROR} (a protected characteristic is a legal
 * risk that the author of a note cannot switch off): only the policy ({@link
 * QualityPolicy.Builder#disableRule(String)} or a severity override) can.
 *
 * <p>The word lists are English. A text in another language (a document's {@code locale}, or the
 * policy's locale for free text, e.g. {@code de}) gets one note, {@code
 * clarity/unsupported-language}, and specificity, balance, actionability and fairness are not
 * assessed for it (only timeliness and clarity are scored), rather than passing quietly.
 */
public final class FeedbackAnalyzer {
  /**
   * Metadata key of a document naming rule ids (comma-separated) to suppress for that document.
   * Findings of severity {@link Severity#ERROR} are never suppressed this way.
   */
  public static final String SUPPRESS_METADATA_KEY = Engine.SUPPRESS_KEY;

  private final QualityPolicy policy;
  private final Clock clock;
  private final Engine engine;
  private final Map<String, Check> checks;

  /**
   * @param lexicons the policy's word lists, the very instance the built-in checks were made with
   *     (so that the checks read the matches the engine found once, rather than scanning again)
   */
  private FeedbackAnalyzer(QualityPolicy policy, Clock clock, List<Check> checks, Lexicons lexicons) {
    this.policy = policy;
    this.clock = clock;
    this.engine = new Engine(checks, policy, clock, lexicons);
    Map<String, Check> byId = new LinkedHashMap<>();
    for (Check c : engine.checks()) {
      byId.put(c.descriptor().id(), c);
    }
    this.checks = java.util.Collections.unmodifiableMap(byId);
  }

  /** @return an analyzer with the default policy, the system UTC clock and the built-in checks and plugins */
  public static FeedbackAnalyzer standard() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses a feedback document. The document should be valid (see {@code FeedbackValidator});
   * the analyzer does not re-validate it.
   *
   * @param feedback the document
   * @return its quality report
   * @throws NullPointerException when {@code feedback} is null
   */
  public QualityReport analyze(Feedback feedback) {
    Objects.requireNonNull(feedback, "feedback");
    return engine.analyze(feedback);
  }

  /**
   * Analyses free text (a recruiter's e-mail draft, an interviewer's note). Timeliness is not
   * assessed; findings name the field {@code text}.
   *
   * @param text the text
   * @return its quality report
   * @throws NullPointerException when {@code text} is null
   */
  public QualityReport analyze(String text) {
    Objects.requireNonNull(text, "text");
    return engine.analyze(text);
  }

  /**
   * Shows how the engine reads a text: sentences, words (with syllables, lemmas, negation and
   * quotation) and metrics.
   *
   * @param text the text
   * @return the analysed text
   */
  public AnalyzedText inspect(String text) {
    Objects.requireNonNull(text, "text");
    return engine.analyzer(policy.locale()).analyze(text);
  }

  /** @return the policy */
  public QualityPolicy policy() {
    return policy;
  }

  /** @return the clock that gives "now" */
  public Clock clock() {
    return clock;
  }

  /** @return every check, sorted by rule id */
  public List<Check> checks() {
    return List.copyOf(checks.values());
  }

  /** @return every check's descriptor, sorted by rule id */
  public List<CheckDescriptor> descriptors() {
    List<CheckDescriptor> out = new ArrayList<>();
    for (Check c : checks.values()) {
      out.add(c.descriptor());
    }
    return out;
  }

  /**
   * @param ruleId a rule id
   * @return the check with that id
   */
  public Optional<Check> check(String ruleId) {
    return Optional.ofNullable(checks.get(ruleId));
  }

  /**
   * @param policy another policy
   * @return an analyzer like this one with another policy
   * @throws IllegalArgumentException when the policy names a rule id that none of this analyzer's
   *     checks declares
   */
  public FeedbackAnalyzer withPolicy(QualityPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    requireKnownRuleIds(policy, checks.keySet());
    Lexicons lexicons = Lexicons.forPolicy(policy);
    return new FeedbackAnalyzer(policy, clock, rebuild(lexicons), lexicons);
  }

  /** A misspelt rule id in a policy would otherwise silently switch nothing off. */
  private static void requireKnownRuleIds(QualityPolicy policy, java.util.Set<String> known) {
    for (String id : policy.disabledRules()) {
      if (!known.contains(id)) {
        throw new IllegalArgumentException("policy disabledRules names unknown rule id '" + id
            + "': no registered check declares it");
      }
    }
    for (String id : policy.severities().keySet()) {
      if (!known.contains(id)) {
        throw new IllegalArgumentException("policy severities names unknown rule id '" + id
            + "': no registered check declares it");
      }
    }
  }

  private List<Check> rebuild(Lexicons lexicons) {
    List<Check> out = new ArrayList<>();
    Map<String, Check> fresh = new LinkedHashMap<>();
    for (Check c : BuiltInChecks.all(lexicons)) {
      fresh.put(c.descriptor().id(), c);
    }
    for (Check c : checks.values()) {
      out.add(fresh.getOrDefault(c.descriptor().id(), c));
    }
    return out;
  }

  /** Builds a {@link FeedbackAnalyzer}. */
  public static final class Builder {
    private QualityPolicy policy = QualityPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private boolean builtIns = true;
    private boolean plugins = true;
    private ClassLoader classLoader;
    private final List<Check> added = new ArrayList<>();

    private Builder() {}

    /**
     * @param policy the policy (default: {@link QualityPolicy#defaults()})
     * @return this builder
     */
    public Builder policy(QualityPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * @param clock the clock that gives "now" for drafts (default: system UTC)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * @param check a check to add; its id must not be taken
     * @return this builder
     * @throws IllegalArgumentException when the check is neither a {@link TextCheck} nor a {@link
     *     DocumentCheck}
     */
    public Builder addCheck(Check check) {
      Objects.requireNonNull(check, "check");
      if (!(check instanceof TextCheck || check instanceof DocumentCheck || check instanceof ReadingCheck)) {
        throw new IllegalArgumentException("check " + check.getClass().getName()
            + " must implement TextCheck or DocumentCheck");
      }
      Objects.requireNonNull(check.descriptor(), "descriptor of " + check.getClass().getName());
      added.add(check);
      return this;
    }

    /**
     * @param include whether to include the built-in checks (default true); off, only added checks
     *     and plugins run
     * @return this builder
     */
    public Builder builtIns(boolean include) {
      this.builtIns = include;
      return this;
    }

    /**
     * @param load whether to load plugins with {@link ServiceLoader} (default true)
     * @return this builder
     */
    public Builder loadPlugins(boolean load) {
      this.plugins = load;
      return this;
    }

    /**
     * @param loader the class loader to find plugins with (default: the thread's context loader)
     * @return this builder
     */
    public Builder pluginClassLoader(ClassLoader loader) {
      this.classLoader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * @return the analyzer
     * @throws IllegalArgumentException when two checks share an id, or when the policy names a rule
     *     id (in its disabled rules or its severities) that no registered check declares
     */
    public FeedbackAnalyzer build() {
      List<Check> all = new ArrayList<>();
      Lexicons lexicons = Lexicons.forPolicy(policy);
      if (builtIns) {
        all.addAll(BuiltInChecks.all(lexicons));
      }
      if (plugins) {
        ServiceLoader<Check> loader = classLoader == null
            ? ServiceLoader.load(Check.class)
            : ServiceLoader.load(Check.class, classLoader);
        for (Check c : loader) {
          all.add(c);
        }
      }
      all.addAll(added);
      Map<String, Check> ids = new LinkedHashMap<>();
      for (Check c : all) {
        String id = c.descriptor().id();
        if (ids.put(id, c) != null) {
          throw new IllegalArgumentException("two checks have the rule id '" + id + "'");
        }
      }
      requireKnownRuleIds(policy, ids.keySet());
      return new FeedbackAnalyzer(policy, clock, all, lexicons);
    }
  }
}
