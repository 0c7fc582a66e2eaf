package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.rules.Check;
import io.github.feedbackkit.rules.CheckDescriptor;
import io.github.feedbackkit.rules.CheckContext;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.DimensionResult;
import io.github.feedbackkit.rules.DocumentCheck;
import io.github.feedbackkit.rules.Finding;
import io.github.feedbackkit.rules.Metrics;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.QualityReport;
import io.github.feedbackkit.rules.Severity;
import io.github.feedbackkit.rules.TextCheck;
import io.github.feedbackkit.rules.Verdict;
import io.github.feedbackkit.rules.internal.text.TextAnalyzer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the checks over a reading, applies the policy (switches, severities, allowed phrases, a
 * document's own suppressions), scores each dimension and builds the report. Thread-safe: all
 * state of an analysis lives on the stack; the only state the engine keeps is its text analyzers'
 * memo of word forms, which never changes a result.
 */
public final class Engine {
  /**
   * Metadata key of a document listing rule ids (comma-separated) to suppress for it alone.
   * Suppression never removes an ERROR-severity finding.
   */
  public static final String SUPPRESS_KEY = "feedbackkit.suppress";

  /** The longest allowed phrase (policy phrases are at most 200 characters). */
  private static final int MAX_ALLOWED_PHRASE = 200;

  private final List<Check> checks;
  private final QualityPolicy policy;
  private final Clock clock;
  private final Reader reader;
  private final Set<Dimension> dimensions;
  /** The checks the policy leaves on, sorted by id, with what the engine asks of each. */
  private final List<Active> active;
  /** The dimensions, in order (never changed: every report's results share it). */
  private final Dimension[] dimensionOrder;
  /** For each dimension in order: how it is scored ({@link Scoring#kindOf}). */
  private final int[] scoringKinds;
  /** For each dimension in order: whether its checks read the word lists. */
  private final boolean[] wordListDimensions;
  /** For each dimension in order: its weight in the policy. */
  private final double[] dimensionWeights;
  private final TextAnalyzer english;
  private volatile TextAnalyzer german;

  /**
   * @param checks the checks, ids unique (their order does not matter)
   * @param policy the policy
   * @param clock the clock for "now"
   * @param lexicons the word lists
   */
  public Engine(List<Check> checks, QualityPolicy policy, Clock clock, Lexicons lexicons) {
    List<Check> sorted = new ArrayList<>(checks);
    sorted.sort(Comparator.comparing(c -> c.descriptor().id()));
    this.checks = List.copyOf(sorted);
    this.policy = policy;
    this.clock = clock;
    this.reader = new Reader(lexicons);
    Set<Dimension> dims = new TreeSet<>(Dimension.builtIns());
    for (Check c : sorted) {
      dims.add(c.descriptor().dimension());
    }
    this.dimensions = Set.copyOf(dims);
    this.dimensionOrder = dims.toArray(new Dimension[0]);
    this.scoringKinds = new int[dimensionOrder.length];
    this.wordListDimensions = new boolean[dimensionOrder.length];
    this.dimensionWeights = new double[dimensionOrder.length];
    for (int k = 0; k < dimensionOrder.length; k++) {
      scoringKinds[k] = Scoring.kindOf(dimensionOrder[k]);
      wordListDimensions[k] = Lexicons.WORD_LIST_DIMENSIONS.contains(dimensionOrder[k]);
      dimensionWeights[k] = policy.weight(dimensionOrder[k]);
    }
    List<Active> on = new ArrayList<>();
    for (Check c : this.checks) {
      CheckDescriptor d = c.descriptor();
      if (policy.isEnabled(d.id())) {
        on.add(new Active(c, d, c instanceof ReadingCheck && Lexicons.WORD_LIST_DIMENSIONS.contains(d.dimension())));
      }
    }
    this.active = List.copyOf(on);
    this.english = TextAnalyzer.forLocale(Locale.ENGLISH);
  }

  /**
   * This engine's text analyzer for a locale (each remembers the word forms it has met, so the
   * engine keeps one per language): German for "de", English for everything else.
   *
   * @param locale the language of a text
   * @return the analyzer
   */
  public TextAnalyzer analyzer(Locale locale) {
    if (!locale.getLanguage().equals("de")) {
      return english;
    }
    TextAnalyzer g = german;
    if (g == null) {
      synchronized (this) {
        g = german;
        if (g == null) {
          g = TextAnalyzer.forLocale(Locale.GERMAN);
          german = g;
        }
      }
    }
    return g;
  }

  /** @return the checks, sorted by id */
  public List<Check> checks() {
    return checks;
  }

  /**
   * @param text free text
   * @return its report
   */
  public QualityReport analyze(String text) {
    Instant now = clock.instant();
    Reading r = reader.readText(text, analyzer(policy.locale()), now, policy);
    return report(r, Optional.empty(), Set.of());
  }

  /**
   * @param feedback a document
   * @return its report
   */
  public QualityReport analyze(Feedback feedback) {
    Instant now = clock.instant();
    Reading r = reader.readDocument(feedback, analyzer(feedback.locale()), now, policy);
    Set<String> suppressed = Set.of();
    String list = feedback.metadata().get(SUPPRESS_KEY);
    if (list != null) {
      suppressed = new TreeSet<>();
      for (String id : list.split(",", -1)) {
        if (!id.isBlank()) {
          suppressed.add(id.strip());
        }
      }
    }
    return report(r, Optional.of(feedback.id()), suppressed);
  }

  /**
   * A check the policy leaves on.
   *
   * @param check the check
   * @param descriptor its descriptor
   * @param wordLists whether it reads the English word lists (skipped for another language)
   */
  private record Active(Check check, CheckDescriptor descriptor, boolean wordLists) {}

  private QualityReport report(Reading r, Optional<String> id, Set<String> suppressed) {
    List<FieldText> fields = r.fields();
    boolean cover = r.wordListsCover();
    Sink sink = new Sink(r);
    List<Finding> raw = new ArrayList<>();
    for (int k = 0, size = active.size(); k < size; k++) {
      Active a = active.get(k);
      if (a.wordLists() && !cover) {
        continue; // English word lists on another language: noise, and the dimension is not assessed
      }
      sink.begin(a.descriptor());
      Check c = a.check();
      if (c instanceof ReadingCheck rc) {
        rc.check(r, sink);
      } else if (c instanceof TextCheck tc) {
        for (FieldText f : fields) {
          sink.field(f.field());
          tc.check(f.text(), new CheckContext(f.field(), r.feedback(), r.now(), policy), sink);
        }
      } else if (c instanceof DocumentCheck dc && r.feedback().isPresent()) {
        dc.check(r.feedback().get(), new CheckContext("", r.feedback(), r.now(), policy), sink);
      }
      sink.drainTo(raw);
    }
    List<Finding> findings = applyPolicy(raw, r, suppressed);
    int count = dimensionOrder.length;
    DimensionResult[] results = new DimensionResult[count];
    double sum = 0;
    double weights = 0;
    double plainSum = 0;
    int assessed = 0;
    boolean allPass = true;
    for (int k = 0; k < count; k++) {
      Dimension d = dimensionOrder[k];
      DimensionResult result =
          Scoring.score(d, scoringKinds[k], wordListDimensions[k], r, ofDimension(findings, d), policy, cover);
      results[k] = result;
      if (result.assessed()) {
        int s = result.score().getAsInt();
        double w = dimensionWeights[k];
        sum += w * s;
        weights += w;
        plainSum += s;
        assessed++;
        allPass &= result.passed().orElse(true);
      }
    }
    int score = assessed == 0 ? 100 : (int) Math.round(weights > 0 ? sum / weights : plainSum / assessed);
    boolean error = false;
    for (int k = 0, size = findings.size(); k < size; k++) {
      error |= findings.get(k).severity() == Severity.ERROR;
    }
    Verdict verdict = allPass && !error ? Verdict.PASS : Verdict.REVISE;
    return new QualityReport(id, Math.max(0, Math.min(100, score)), verdict,
        new DimensionResults(dimensionOrder, results), findings, metrics(fields));
  }

  /** The findings of one dimension, in order (few findings per report: a scan per dimension is cheap). */
  private static List<Finding> ofDimension(List<Finding> findings, Dimension d) {
    List<Finding> out = null;
    for (int k = 0, size = findings.size(); k < size; k++) {
      Finding f = findings.get(k);
      if (f.dimension().equals(d)) {
        if (out == null) {
          out = new ArrayList<>();
        }
        out.add(f);
      }
    }
    return out == null ? List.of() : out;
  }

  /** The metrics of all fields together, as {@link Metrics#plus} adds them up. */
  private static Metrics metrics(List<FieldText> fields) {
    if (fields.isEmpty()) {
      return Metrics.EMPTY;
    }
    int characters = 0;
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    int longest = 0;
    for (int k = 0, size = fields.size(); k < size; k++) {
      Metrics m = fields.get(k).text().metrics();
      characters += m.characters();
      words += m.words();
      sentences += m.sentences();
      syllables += m.syllables();
      longest = Math.max(longest, m.longestSentenceWords());
    }
    return Metrics.of(characters, words, sentences, syllables, longest);
  }

  /** Up to this many findings, duplicates are found by comparing with each finding kept so far. */
  private static final int SCAN_DUPLICATES = 16;

  /** What makes two findings the same: rule, field and span. */
  private record Key(String ruleId, String field, int start, int end) {}

  /**
   * Applies allowed phrases, severity overrides and a document's own suppressions. A document
   * can never suppress a finding whose (policy-adjusted) severity is {@link Severity#ERROR}:
   * legal-risk errors are switched off only by the policy.
   */
  private List<Finding> applyPolicy(List<Finding> raw, Reading r, Set<String> suppressed) {
    int n = raw.size();
    if (n == 0) {
      return List.of();
    }
    Map<String, List<int[]>> allowed = allowedSpans(r);
    // the findings already seen (not inside an allowed phrase), whether kept or suppressed
    Finding[] seen = new Finding[Math.min(n, SCAN_DUPLICATES)];
    int seenCount = 0;
    Set<Key> seenKeys = n > SCAN_DUPLICATES ? new HashSet<>() : null;
    List<Finding> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Finding f = raw.get(k);
      if (f.end() > f.start() && insideAllowed(allowed.get(f.field()), f.start(), f.end())) {
        continue;
      }
      if (seenKeys != null) {
        if (!seenKeys.add(new Key(f.ruleId(), f.field(), f.start(), f.end()))) {
          continue;
        }
      } else {
        if (isDuplicate(seen, seenCount, f)) {
          continue;
        }
        seen[seenCount++] = f;
      }
      Severity s = policy.severity(f.ruleId(), f.severity());
      if (s != Severity.ERROR && suppressed.contains(f.ruleId())) {
        continue;
      }
      out.add(s == f.severity() ? f
          : new Finding(f.ruleId(), f.dimension(), s, f.field(), f.start(), f.end(), f.excerpt(), f.message(),
              f.suggestions()));
    }
    if (out.size() > 1) {
      out.sort((a, b) -> compare(r, a, b));
    }
    return out;
  }

  private static boolean isDuplicate(Finding[] seen, int count, Finding f) {
    for (int k = 0; k < count; k++) {
      Finding g = seen[k];
      if (g.start() == f.start() && g.end() == f.end() && g.ruleId().equals(f.ruleId()) && g.field().equals(f.field())) {
        return true;
      }
    }
    return false;
  }

  /** Document order of the field, then field name, start, end, rule id and message. */
  private static int compare(Reading r, Finding a, Finding b) {
    int c = a.field().equals(b.field()) ? 0 : Integer.compare(r.orderOf(a.field()), r.orderOf(b.field()));
    if (c == 0) {
      c = a.field().compareTo(b.field());
    }
    if (c == 0) {
      c = Integer.compare(a.start(), b.start());
    }
    if (c == 0) {
      c = Integer.compare(a.end(), b.end());
    }
    if (c == 0) {
      c = a.ruleId().compareTo(b.ruleId());
    }
    if (c == 0) {
      c = a.message().compareTo(b.message());
    }
    return c;
  }

  private Map<String, List<int[]>> allowedSpans(Reading r) {
    if (policy.allowedPhrases().isEmpty()) {
      return Map.of();
    }
    Map<String, List<int[]>> spans = new HashMap<>();
    for (FieldText f : r.fields()) {
      String lower = f.text().text().toLowerCase(Locale.ROOT);
      if (lower.length() != f.text().text().length()) {
        continue; // offsets would not line up; no allowed phrases in such rare texts
      }
      for (String phrase : policy.allowedPhrases()) {
        String p = phrase.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + 1)) {
          int end = i + p.length();
          boolean wordStart = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
          boolean wordEnd = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
          if (wordStart && wordEnd) {
            spans.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(new int[] {i, end});
          }
        }
      }
    }
    for (List<int[]> l : spans.values()) {
      l.sort(Comparator.comparingInt((int[] a) -> a[0]));
    }
    return spans;
  }

  /** Spans sorted by start; only those starting within the longest phrase's reach are looked at. */
  private static boolean insideAllowed(List<int[]> spans, int start, int end) {
    if (spans == null) {
      return false;
    }
    int lo = 0;
    int hi = spans.size();
    int from = end - MAX_ALLOWED_PHRASE;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid)[0] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < spans.size() && spans.get(i)[0] <= start; i++) {
      if (spans.get(i)[1] >= end) {
        return true;
      }
    }
    return false;
  }
}
