package io.github.feedbackkit.rules;

import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.SessionType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the analyzer expects of feedback: the pass threshold, the weight of each dimension, the
 * timeliness windows and the business-day calendar, which rules are switched off or re-graded,
 * the organisation's own additions to and removals from the word lists, phrases it allows, and
 * the default locale. Immutable and thread-safe; build it in code or load it from JSON with
 * {@code io.github.feedbackkit.render.json.PolicyJson}.
 *
 * <pre>{@code
 * QualityPolicy policy = QualityPolicy.builder()
 *     .passThreshold(70)
 *     .weight(Dimension.FAIRNESS, 2.0)
 *     .window(HiringStage.OFFER, QualityPolicy.Window.businessDays(1))
 *     .holiday(LocalDate.parse("2026-12-25"))
 *     .zone(ZoneId.of("Europe/Berlin"))
 *     .disableRule("clarity/hidden-actor")
 *     .severity("fairness/gender-coded", Severity.WARNING)
 *     .addLexiconEntry("jargon", "tiger team")
 *     .removeLexiconEntry("jargon", "bandwidth")
 *     .allowPhrase("growth mindset")
 *     .build();
 * }</pre>
 */
public final class QualityPolicy {
  /** The names of the built-in word lists that a policy may extend or trim. */
  public static final Set<String> LEXICONS =
      Collections.unmodifiableSet(
          new TreeSet<>(
              List.of("jargon", "personality", "protected", "destructive", "culture-fit", "gender-coded")));

  private static final QualityPolicy DEFAULTS = builder().build();

  private final int passThreshold;
  private final Map<Dimension, Double> weights;
  private final Map<FeedbackKind, Window> kindWindows;
  private final Map<HiringStage, Window> stageWindows;
  private final Map<SessionType, Window> sessionWindows;
  private final Set<DayOfWeek> weekendDays;
  private final Set<LocalDate> holidays;
  private final ZoneId zone;
  private final Set<String> disabledRules;
  private final Map<String, Severity> severities;
  private final Map<String, List<String>> lexiconAdditions;
  private final Map<String, Set<String>> lexiconRemovals;
  private final List<String> allowedPhrases;
  private final Locale locale;

  private QualityPolicy(Builder b) {
    this.passThreshold = b.passThreshold;
    this.weights = Collections.unmodifiableMap(new TreeMap<>(b.weights));
    this.kindWindows = Collections.unmodifiableMap(new EnumMap<>(b.kindWindows));
    this.stageWindows = Collections.unmodifiableMap(copyEnumMap(b.stageWindows, HiringStage.class));
    this.sessionWindows = Collections.unmodifiableMap(copyEnumMap(b.sessionWindows, SessionType.class));
    this.weekendDays = Collections.unmodifiableSet(EnumSet.copyOf(b.weekendDays));
    this.holidays = Collections.unmodifiableSet(new TreeSet<>(b.holidays));
    this.zone = b.zone;
    this.disabledRules = Collections.unmodifiableSet(new TreeSet<>(b.disabledRules));
    this.severities = Collections.unmodifiableMap(new TreeMap<>(b.severities));
    Map<String, List<String>> adds = new TreeMap<>();
    b.lexiconAdditions.forEach((k, v) -> adds.put(k, List.copyOf(v)));
    this.lexiconAdditions = Collections.unmodifiableMap(adds);
    Map<String, Set<String>> removes = new TreeMap<>();
    b.lexiconRemovals.forEach((k, v) -> removes.put(k, Collections.unmodifiableSet(new TreeSet<>(v))));
    this.lexiconRemovals = Collections.unmodifiableMap(removes);
    this.allowedPhrases = List.copyOf(b.allowedPhrases);
    this.locale = b.locale;
  }

  private static <K extends Enum<K>> Map<K, Window> copyEnumMap(Map<K, Window> m, Class<K> type) {
    EnumMap<K, Window> copy = new EnumMap<>(type);
    copy.putAll(m);
    return copy;
  }

  /** @return the default policy of the rubric: threshold 60, equal weights, 2 business days / 7 days, UTC */
  public static QualityPolicy defaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder starting from this policy */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.passThreshold = passThreshold;
    b.weights.putAll(weights);
    b.kindWindows.putAll(kindWindows);
    b.stageWindows.putAll(stageWindows);
    b.sessionWindows.putAll(sessionWindows);
    b.weekendDays.clear();
    b.weekendDays.addAll(weekendDays);
    b.holidays.addAll(holidays);
    b.zone = zone;
    b.disabledRules.addAll(disabledRules);
    b.severities.putAll(severities);
    lexiconAdditions.forEach((k, v) -> b.lexiconAdditions.put(k, new java.util.ArrayList<>(v)));
    lexiconRemovals.forEach((k, v) -> b.lexiconRemovals.put(k, new TreeSet<>(v)));
    b.allowedPhrases.addAll(allowedPhrases);
    b.locale = locale;
    return b;
  }

  /** @return the score (0–100) at or above which a dimension passes; 60 by default */
  public int passThreshold() {
    return passThreshold;
  }

  /**
   * @param dimension a dimension
   * @return its weight in the overall score; 1 unless set
   */
  public double weight(Dimension dimension) {
    return weights.getOrDefault(dimension, 1.0);
  }

  /** @return the weights set explicitly, by dimension */
  public Map<Dimension, Double> weights() {
    return weights;
  }

  /**
   * The timeliness window that applies to a document: its stage's or session's window if one is
   * set, else its kind's.
   *
   * @param kind the kind of feedback
   * @param stage the hiring stage, if any
   * @param session the session type, if any
   * @return the window
   */
  public Window window(FeedbackKind kind, Optional<HiringStage> stage, Optional<SessionType> session) {
    // one look-up each: the maps hold no null windows
    Window w = stage.isPresent() && !stageWindows.isEmpty() ? stageWindows.get(stage.get()) : null;
    if (w == null && session.isPresent() && !sessionWindows.isEmpty()) {
      w = sessionWindows.get(session.get());
    }
    return w != null ? w : kindWindows.get(kind);
  }

  /** @return the window of each kind of feedback */
  public Map<FeedbackKind, Window> kindWindows() {
    return kindWindows;
  }

  /** @return windows set for particular hiring stages */
  public Map<HiringStage, Window> stageWindows() {
    return stageWindows;
  }

  /** @return windows set for particular session types */
  public Map<SessionType, Window> sessionWindows() {
    return sessionWindows;
  }

  /** @return the days that are not business days; Saturday and Sunday by default */
  public Set<DayOfWeek> weekendDays() {
    return weekendDays;
  }

  /** @return the holidays, which are not business days */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  /** @return the time zone in which days are counted; UTC by default */
  public ZoneId zone() {
    return zone;
  }

  /** @return the ids of the rules switched off */
  public Set<String> disabledRules() {
    return disabledRules;
  }

  /**
   * @param ruleId a rule id
   * @return whether the rule is switched on
   */
  public boolean isEnabled(String ruleId) {
    return !disabledRules.contains(ruleId);
  }

  /** @return severity overrides by rule id */
  public Map<String, Severity> severities() {
    return severities;
  }

  /**
   * @param ruleId a rule id
   * @param defaultSeverity the rule's own severity
   * @return the severity the policy gives the rule
   */
  public Severity severity(String ruleId, Severity defaultSeverity) {
    return severities.getOrDefault(ruleId, defaultSeverity);
  }

  /** @return phrases added to the built-in word lists, by list name (see {@link #LEXICONS}) */
  public Map<String, List<String>> lexiconAdditions() {
    return lexiconAdditions;
  }

  /** @return phrases removed from the built-in word lists, by list name (see {@link #LEXICONS}) */
  public Map<String, Set<String>> lexiconRemovals() {
    return lexiconRemovals;
  }

  /** @return phrases the organisation allows: a finding that lies inside one is dropped */
  public List<String> allowedPhrases() {
    return allowedPhrases;
  }

  /** @return the locale of free text and of documents that name none; English by default */
  public Locale locale() {
    return locale;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QualityPolicy p
        && p.passThreshold == passThreshold
        && p.weights.equals(weights)
        && p.kindWindows.equals(kindWindows)
        && p.stageWindows.equals(stageWindows)
        && p.sessionWindows.equals(sessionWindows)
        && p.weekendDays.equals(weekendDays)
        && p.holidays.equals(holidays)
        && p.zone.equals(zone)
        && p.disabledRules.equals(disabledRules)
        && p.severities.equals(severities)
        && p.lexiconAdditions.equals(lexiconAdditions)
        && p.lexiconRemovals.equals(lexiconRemovals)
        && p.allowedPhrases.equals(allowedPhrases)
        && p.locale.equals(locale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(passThreshold, weights, kindWindows, stageWindows, sessionWindows, weekendDays,
        holidays, zone, disabledRules, severities, lexiconAdditions, lexiconRemovals, allowedPhrases, locale);
  }

  @Override
  public String toString() {
    return "QualityPolicy[threshold=" + passThreshold + ", weights=" + weights + ", windows=" + kindWindows
        + ", zone=" + zone + ", disabled=" + disabledRules + ", severities=" + severities + "]";
  }

  /**
   * A timeliness window: a number of business days (the policy's calendar) or calendar days.
   *
   * @param days the length of the window, 0–365
   * @param businessDays whether only business days count
   */
  public record Window(int days, boolean businessDays) {
    /**
     * Validates the window.
     *
     * @param days the length of the window, 0–365
     * @param businessDays whether only business days count
     * @throws IllegalArgumentException when {@code days} is outside 0–365
     */
    public Window {
      if (days < 0 || days > 365) {
        throw new IllegalArgumentException("window: days must be between 0 and 365, got " + days);
      }
    }

    /**
     * @param days number of business days
     * @return a window counted in business days
     */
    public static Window businessDays(int days) {
      return new Window(days, true);
    }

    /**
     * @param days number of calendar days
     * @return a window counted in calendar days
     */
    public static Window calendarDays(int days) {
      return new Window(days, false);
    }

    /** @return e.g. "2 business days" */
    @Override
    public String toString() {
      return days + (businessDays ? " business day" : " calendar day") + (days == 1 ? "" : "s");
    }
  }

  /** Builds a {@link QualityPolicy}; every setter checks its argument at once. */
  public static final class Builder {
    private int passThreshold = 60;
    private final Map<Dimension, Double> weights = new LinkedHashMap<>();
    private final Map<FeedbackKind, Window> kindWindows = new EnumMap<>(FeedbackKind.class);
    private final Map<HiringStage, Window> stageWindows = new EnumMap<>(HiringStage.class);
    private final Map<SessionType, Window> sessionWindows = new EnumMap<>(SessionType.class);
    private final Set<DayOfWeek> weekendDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private final Set<LocalDate> holidays = new TreeSet<>();
    private ZoneId zone = ZoneOffset.UTC;
    private final Set<String> disabledRules = new TreeSet<>();
    private final Map<String, Severity> severities = new TreeMap<>();
    private final Map<String, List<String>> lexiconAdditions = new TreeMap<>();
    private final Map<String, Set<String>> lexiconRemovals = new TreeMap<>();
    private final List<String> allowedPhrases = new java.util.ArrayList<>();
    private Locale locale = Locale.ENGLISH;

    private Builder() {
      kindWindows.put(FeedbackKind.CANDIDATE, Window.businessDays(2));
      kindWindows.put(FeedbackKind.EMPLOYEE, Window.calendarDays(7));
    }

    /**
     * @param threshold score 0–100 at or above which a dimension passes
     * @return this builder
     */
    public Builder passThreshold(int threshold) {
      if (threshold < 0 || threshold > 100) {
        throw new IllegalArgumentException("passThreshold must be between 0 and 100, got " + threshold);
      }
      this.passThreshold = threshold;
      return this;
    }

    /**
     * @param dimension a dimension
     * @param weight its weight in the overall score, 0–100 (0 leaves it out of the overall score)
     * @return this builder
     */
    public Builder weight(Dimension dimension, double weight) {
      Objects.requireNonNull(dimension, "dimension");
      if (!(weight >= 0 && weight <= 100)) {
        throw new IllegalArgumentException("weight of " + dimension + " must be between 0 and 100, got " + weight);
      }
      weights.put(dimension, weight);
      return this;
    }

    /**
     * @param kind a kind of feedback
     * @param window its timeliness window
     * @return this builder
     */
    public Builder window(FeedbackKind kind, Window window) {
      kindWindows.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(window, "window"));
      return this;
    }

    /**
     * @param stage a hiring stage
     * @param window the window for candidate feedback after that stage
     * @return this builder
     */
    public Builder window(HiringStage stage, Window window) {
      stageWindows.put(Objects.requireNonNull(stage, "stage"), Objects.requireNonNull(window, "window"));
      return this;
    }

    /**
     * @param session a session type
     * @param window the window for employee feedback of that session
     * @return this builder
     */
    public Builder window(SessionType session, Window window) {
      sessionWindows.put(Objects.requireNonNull(session, "session"), Objects.requireNonNull(window, "window"));
      return this;
    }

    /**
     * @param days the days that are not business days (may be empty)
     * @return this builder
     */
    public Builder weekendDays(Set<DayOfWeek> days) {
      Objects.requireNonNull(days, "weekendDays");
      if (days.size() == 7) {
        throw new IllegalArgumentException("weekendDays: at least one day of the week must be a business day");
      }
      weekendDays.clear();
      weekendDays.addAll(days);
      return this;
    }

    /**
     * @param date a holiday
     * @return this builder
     */
    public Builder holiday(LocalDate date) {
      holidays.add(Objects.requireNonNull(date, "holiday"));
      return this;
    }

    /**
     * @param dates holidays
     * @return this builder
     */
    public Builder holidays(java.util.Collection<LocalDate> dates) {
      dates.forEach(this::holiday);
      return this;
    }

    /**
     * @param zone the time zone in which days are counted
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * @param ruleId a rule id to switch off, e.g. {@code clarity/hidden-actor}
     * @return this builder
     */
    public Builder disableRule(String ruleId) {
      disabledRules.add(requireRuleId(ruleId));
      return this;
    }

    /**
     * @param ruleId a rule id to switch back on
     * @return this builder
     */
    public Builder enableRule(String ruleId) {
      disabledRules.remove(requireRuleId(ruleId));
      return this;
    }

    /**
     * @param ruleId a rule id
     * @param severity the severity its findings get
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(requireRuleId(ruleId), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * @param lexicon one of {@link #LEXICONS}
     * @param phrase a phrase to add (one or more words; {@code *} matches any one word)
     * @return this builder
     */
    public Builder addLexiconEntry(String lexicon, String phrase) {
      lexiconAdditions.computeIfAbsent(requireLexicon(lexicon), k -> new java.util.ArrayList<>())
          .add(requirePhrase(lexicon, phrase));
      return this;
    }

    /**
     * @param lexicon one of {@link #LEXICONS}
     * @param phrase a built-in phrase the organisation does not want flagged
     * @return this builder
     */
    public Builder removeLexiconEntry(String lexicon, String phrase) {
      lexiconRemovals.computeIfAbsent(requireLexicon(lexicon), k -> new TreeSet<>())
          .add(requirePhrase(lexicon, phrase).toLowerCase(Locale.ROOT));
      return this;
    }

    /**
     * @param phrase a phrase; findings inside any occurrence of it (case-insensitive) are dropped
     * @return this builder
     */
    public Builder allowPhrase(String phrase) {
      allowedPhrases.add(requirePhrase("allowedPhrases", phrase));
      return this;
    }

    /**
     * @param locale the locale of free text and of documents that name none
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** @return the policy */
    public QualityPolicy build() {
      return new QualityPolicy(this);
    }

    private static String requireRuleId(String ruleId) {
      if (ruleId == null || !Finding.isWellFormedRuleId(ruleId)) {
        throw new IllegalArgumentException(
            "malformed rule id '" + ruleId + "': expected 'dimension/rule-name' in lower case");
      }
      return ruleId;
    }

    private static String requireLexicon(String lexicon) {
      if (lexicon == null || !LEXICONS.contains(lexicon)) {
        throw new IllegalArgumentException("unknown lexicon '" + lexicon + "': expected one of " + LEXICONS);
      }
      return lexicon;
    }

    private static String requirePhrase(String where, String phrase) {
      if (phrase == null || phrase.isBlank() || phrase.length() > 200) {
        throw new IllegalArgumentException(where + ": a phrase must be 1-200 characters and not blank");
      }
      return phrase.strip();
    }
  }
}
