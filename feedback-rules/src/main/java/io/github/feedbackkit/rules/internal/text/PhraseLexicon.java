package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.Word;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A list of phrases (words or word sequences with attributes) found in analysed texts as whole
 * words, compared on lemmas: "young and energetic" matches "Young and energetic", "answer" matches
 * "answered", and "compete" never matches inside "competence". A {@code *} word matches any single
 * word. Matches are reported left to right, longest first, never overlapping and never across a
 * sentence boundary. Immutable and thread-safe.
 *
 * <p>File format (UTF-8): lines starting with {@code #} are comments (the first names the source
 * of the list); every other line is {@code phrase<TAB>key=value<TAB>key=value...}.
 *
 * <pre>{@code
 * PhraseLexicon jargon = PhraseLexicon.load("/io/github/feedbackkit/rules/lexicon/en/jargon.tsv");
 * for (PhraseMatch m : jargon.find(analyzed)) {
 *   m.entry().attributes().get("replacement");
 * }
 * }</pre>
 */
public final class PhraseLexicon {
  private final List<Entry> entries;
  private final TextAnalyzer analyzer;
  /** The lemma keys of each entry, aligned with {@link #entries}. */
  private final String[][] keys;
  /** This lexicon on its own, compiled for matching. */
  private final PhraseSet matcher;

  private PhraseLexicon(List<Entry> entries, TextAnalyzer analyzer) {
    this.analyzer = analyzer;
    Map<String, Entry> byKey = new LinkedHashMap<>();
    Map<String, String[]> keys = new LinkedHashMap<>();
    for (Entry e : entries) {
      String[] k = keysOf(e.phrase(), analyzer);
      if (k.length == 0) {
        continue;
      }
      String joined = String.join(" ", k);
      byKey.remove(joined);
      byKey.put(joined, e);
      keys.put(joined, k);
    }
    this.entries = List.copyOf(byKey.values());
    this.keys = new String[byKey.size()][];
    int i = 0;
    for (String joined : byKey.keySet()) {
      this.keys[i++] = keys.get(joined);
    }
    this.matcher = PhraseSet.single(this.keys, entryArray());
  }

  /**
   * Loads a lexicon file from this module's resources; its phrases are lemmatised in the language
   * of the folder it lives in ({@code .../lexicon/en/...} → English).
   *
   * @param resourcePath absolute resource path, e.g. {@code /io/github/feedbackkit/rules/lexicon/en/jargon.tsv}
   * @return the lexicon
   * @throws IllegalStateException naming the path when the resource is missing or a line is malformed
   */
  public static PhraseLexicon load(String resourcePath) {
    Objects.requireNonNull(resourcePath, "resourcePath");
    return load(resourcePath, TextAnalyzer.forLocale(localeOf(resourcePath)));
  }

  /**
   * Loads a lexicon file, lemmatising its phrases with the given analyzer.
   *
   * @param resourcePath absolute resource path
   * @param analyzer the analyzer of the language
   * @return the lexicon
   * @throws IllegalStateException naming the path when the resource is missing or a line is malformed
   */
  public static PhraseLexicon load(String resourcePath, TextAnalyzer analyzer) {
    Objects.requireNonNull(resourcePath, "resourcePath");
    Objects.requireNonNull(analyzer, "analyzer");
    List<Entry> entries = new ArrayList<>();
    int lineNo = 0;
    for (String line : Resources.lines(resourcePath, true)) {
      lineNo++;
      String[] f = line.split("\t");
      String phrase = f[0].trim();
      if (phrase.isEmpty()) {
        throw new IllegalStateException(resourcePath + ": data line " + lineNo + " has an empty phrase");
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      for (int i = 1; i < f.length; i++) {
        String a = f[i].trim();
        if (a.isEmpty()) {
          continue;
        }
        int eq = a.indexOf('=');
        if (eq <= 0) {
          throw new IllegalStateException(
              resourcePath + ": data line " + lineNo + " ('" + phrase + "') has attribute '" + a + "' without key=value");
        }
        attrs.put(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
      }
      entries.add(new Entry(phrase, attrs));
    }
    return new PhraseLexicon(entries, analyzer);
  }

  /**
   * Builds a lexicon in code (e.g. a policy's extra phrases).
   *
   * @param entries the entries; a later entry with the same phrase replaces an earlier one
   * @param analyzer the analyzer of the language, used to lemmatise the phrases
   * @return the lexicon
   */
  public static PhraseLexicon of(List<Entry> entries, TextAnalyzer analyzer) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(analyzer, "analyzer");
    return new PhraseLexicon(entries, analyzer);
  }

  /**
   * This lexicon with extra entries (which replace entries with the same phrase).
   *
   * @param extra the entries to add
   * @return a new lexicon
   */
  public PhraseLexicon plus(List<Entry> extra) {
    Objects.requireNonNull(extra, "extra");
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(extra);
    return new PhraseLexicon(all, analyzer);
  }

  /**
   * This lexicon without some phrases (compared on lemmas, so "Answers" removes "answer").
   *
   * @param phrases the phrases to remove
   * @return a new lexicon
   */
  public PhraseLexicon minus(Collection<String> phrases) {
    Objects.requireNonNull(phrases, "phrases");
    Set<String> gone = new HashSet<>();
    for (String p : phrases) {
      gone.add(String.join(" ", keysOf(p, analyzer)));
    }
    List<Entry> kept = new ArrayList<>();
    for (Entry e : entries) {
      if (!gone.contains(String.join(" ", keysOf(e.phrase(), analyzer)))) {
        kept.add(e);
      }
    }
    return new PhraseLexicon(kept, analyzer);
  }

  /** @return the entries, one per distinct phrase, in file order */
  public List<Entry> entries() {
    return entries;
  }

  /** @return the number of distinct phrases */
  public int size() {
    return entries.size();
  }

  /**
   * Finds the phrases in a text: whole words compared on lemmas, left to right, longest match
   * first, non-overlapping, within sentences. Linear in the number of words.
   *
   * @param text an analysed text
   * @return the matches in text order (immutable, as {@code List.of} makes them: asking it for
   *     null throws)
   */
  public List<PhraseMatch> find(AnalyzedText text) {
    Objects.requireNonNull(text, "text");
    return matcher.scan(text, null, null)[0];
  }

  /** @return the lemma keys of each entry, aligned with {@link #entries()} (a copy of the outer array) */
  String[][] keys() {
    return keys.clone();
  }

  /** @return the entries as an array */
  Entry[] entryArray() {
    return entries.toArray(new Entry[0]);
  }

  private static String[] keysOf(String phrase, TextAnalyzer analyzer) {
    List<String> keys = new ArrayList<>();
    for (String part : phrase.trim().split("\\s+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.equals(PhraseMatcher.WILDCARD)) {
        keys.add(PhraseMatcher.WILDCARD);
        continue;
      }
      for (Word w : analyzer.analyze(part).words()) {
        keys.add(w.lemma());
      }
    }
    return keys.toArray(new String[0]);
  }

  private static Locale localeOf(String path) {
    String marker = Language.LEXICON_ROOT;
    int i = path.indexOf(marker);
    if (i >= 0) {
      int s = i + marker.length();
      int e = path.indexOf('/', s);
      if (e > s) {
        return Locale.forLanguageTag(path.substring(s, e));
      }
    }
    return Locale.ENGLISH;
  }

  /**
   * A lexicon entry.
   *
   * @param phrase the phrase as written (one or more words, {@code *} for any word)
   * @param attributes free key=value attributes, e.g. {@code category=age}
   */
  public record Entry(String phrase, Map<String, String> attributes) {
    /**
     * Validates the entry and copies its attributes.
     *
     * @throws IllegalArgumentException when the phrase is blank
     */
    public Entry {
      Objects.requireNonNull(phrase, "phrase");
      if (phrase.isBlank()) {
        throw new IllegalArgumentException("lexicon phrase must not be blank");
      }
      attributes = Map.copyOf(Objects.requireNonNull(attributes, "attributes"));
    }

    /**
     * An entry without attributes.
     *
     * @param phrase the phrase
     * @return the entry
     */
    public static Entry of(String phrase) {
      return new Entry(phrase, Map.of());
    }
  }
}
