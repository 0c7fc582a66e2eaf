package io.github.feedbackkit.rules.internal.text;

import io.github.feedbackkit.rules.PosHint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the text layer knows about one language: word lists loaded once from
 * {@code /io/github/feedbackkit/rules/lexicon/<lang>/} (data) and the few rules that cannot be
 * data (syllables of unknown words, inflection suffixes), supplied by a small subclass such as
 * {@link English}. The segmentation, tokenisation, negation and passive algorithms themselves are
 * language-neutral and read only this object. Immutable; the syllable table is loaded lazily.
 */
abstract class Language {
  /** Root of the per-language resource folders. */
  static final String LEXICON_ROOT = "/io/github/feedbackkit/rules/lexicon/";

  private final Locale locale;
  private final String dir;
  final Set<String> abbreviations;
  final Set<String> prefixAbbreviations;
  final Set<String> finalAbbreviations;
  final Set<String> numericAbbreviations;
  /**
   * The length of the longest abbreviation of the four sets above: a longer word is none of them
   * (lower-casing never shortens a word in the languages the text layer reads, English and German;
   * it can in Turkish), which the segmenter knows without reading it.
   */
  final int longestAbbreviation;
  final Set<String> sentenceStarters;
  final Set<String> negators;
  final Set<String> scopeBreakers;
  final Set<String> imperativeVerbs;
  final Set<String> participles;
  final Set<String> adjectivalParticiples;
  final Map<String, PosHint> pos;
  final Map<String, String> lemmaExceptions;
  final PhraseMatcher<String> hedges;
  private final Map<String, Role> roles;

  /** Grammatical roles of single function words, from {@code roles.tsv}. */
  enum Role {
    /** Introduces the agent of a passive ("by", "von"). */
    AGENT,
    /** Marks an infinitive; a listed verb after it is a base form ("to"). */
    INFINITIVE,
    /** A politeness word before an imperative ("please", "bitte"). */
    POLITE,
    /** Links a day to its month ("3rd of May"). */
    DATE_LINK
  }

  /** Month and weekday names: lower-cased name → "month" or "weekday". */
  final Map<String, String> calendar;
  private volatile SyllableDictionary dictionary;

  /**
   * Loads the lists of a language.
   *
   * @param locale the language's locale (used for lower-casing)
   * @param lang the resource folder name, e.g. {@code en}
   */
  Language(Locale locale, String lang) {
    this.locale = locale;
    this.dir = LEXICON_ROOT + lang + "/";
    Set<String> abbr = new HashSet<>();
    Set<String> prefix = new HashSet<>();
    Set<String> fin = new HashSet<>();
    Set<String> numeric = new HashSet<>();
    for (String line : Resources.lines(dir + "abbreviations.txt", false)) {
      String[] f = line.split("\t");
      String a = f[0].trim().toLowerCase(locale);
      if (a.isEmpty()) {
        continue; // a blank entry would make every word an abbreviation
      }
      if (f.length > 1 && f[1].trim().equals("numeric")) {
        numeric.add(a);
        continue;
      }
      abbr.add(a);
      if (f.length > 1 && f[1].trim().equals("prefix")) {
        prefix.add(a);
      }
      if (f.length > 1 && f[1].trim().equals("final")) {
        fin.add(a);
      }
    }
    this.abbreviations = Set.copyOf(abbr);
    this.prefixAbbreviations = Set.copyOf(prefix);
    this.finalAbbreviations = Set.copyOf(fin);
    this.numericAbbreviations = Set.copyOf(numeric);
    int longest = 0;
    for (Set<String> set : List.of(abbr, numeric)) { // prefix and final ones are in abbr too
      for (String a : set) {
        longest = Math.max(longest, a.length());
      }
    }
    this.longestAbbreviation = longest;
    this.sentenceStarters = words("sentence_starters.txt");
    this.negators = words("negators.txt");
    this.scopeBreakers = words("scope_breakers.txt");
    this.imperativeVerbs = words("imperative_verbs.txt");
    this.adjectivalParticiples = words("adjectival_participles.txt");
    Map<String, PosHint> p = new HashMap<>();
    for (String line : Resources.lines(dir + "pos.tsv", false)) {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        p.put(f[0].trim().toLowerCase(locale), PosHint.valueOf(f[1].trim()));
      }
    }
    this.pos = Map.copyOf(p);
    Map<String, Role> r = new HashMap<>();
    for (String line : Resources.lines(dir + "roles.tsv", false)) {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        r.put(f[0].trim().toLowerCase(locale), Role.valueOf(f[1].trim()));
      }
    }
    this.roles = Map.copyOf(r);
    Map<String, String> cal = new HashMap<>();
    for (String line : Resources.lines(dir + "calendar.tsv", false)) {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        cal.put(f[0].trim().toLowerCase(locale), f[1].trim());
      }
    }
    this.calendar = Map.copyOf(cal);
    Map<String, String> lemmas = new HashMap<>();
    Set<String> parts = new HashSet<>();
    for (String line : Resources.lines(dir + "irregular_verbs.tsv", false)) {
      String[] f = line.split("\t");
      if (f.length < 3) {
        continue;
      }
      String base = f[0].trim();
      for (String past : f[1].split("/")) {
        lemmas.putIfAbsent(past.trim(), base);
      }
      for (String part : f[2].split("/")) {
        lemmas.putIfAbsent(part.trim(), base);
        parts.add(part.trim());
      }
    }
    for (String line : Resources.lines(dir + "lemma_exceptions.tsv", false)) {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        lemmas.put(f[0].trim(), f[1].trim());
      }
    }
    this.lemmaExceptions = Map.copyOf(lemmas);
    this.participles = Set.copyOf(parts);
    PhraseMatcher.Builder<String> hb = new PhraseMatcher.Builder<>();
    for (String line : Resources.lines(dir + "hedges.txt", false)) {
      String phrase = line.split("\t")[0].trim().toLowerCase(locale);
      String[] ws = phrase.split(" +");
      String[] keys = new String[ws.length];
      for (int i = 0; i < ws.length; i++) {
        keys[i] = ws[i].equals("*") ? PhraseMatcher.WILDCARD : lemma(ws[i]);
      }
      hb.add(keys, phrase);
    }
    this.hedges = hb.build();
  }

  private Set<String> words(String file) {
    Set<String> s = new HashSet<>();
    for (String line : Resources.lines(dir + file, false)) {
      s.add(line.split("\t")[0].trim().toLowerCase(locale));
    }
    return Set.copyOf(s);
  }

  /** @return the locale of the language */
  final Locale locale() {
    return locale;
  }

  /** @return the word → syllables table, loaded on first use */
  final SyllableDictionary dictionary() {
    SyllableDictionary d = dictionary;
    if (d == null) {
      synchronized (this) {
        d = dictionary;
        if (d == null) {
          d = SyllableDictionary.load(dir + "syllables.fc.gz");
          dictionary = d;
        }
      }
    }
    return d;
  }

  /**
   * The syllables of a lower-cased word: the dictionary's count, else the language's rules.
   *
   * @param lower a lower-cased word
   * @return at least 1 for a word with a letter, 0 for none
   */
  abstract int syllables(String lower);

  /**
   * A lemma-ish form of a lower-cased word, for lexicon matching.
   *
   * @param lower a lower-cased word
   * @return its lemma, or {@code lower} itself
   */
  abstract String lemma(String lower);

  /**
   * Whether letters after a number make it an ordinal ("st" in "1st").
   *
   * @param suffix lower-cased letters after the digits
   * @return true for an ordinal suffix
   */
  abstract boolean isOrdinalSuffix(String suffix);

  /**
   * Whether letters after a number or clock time make it a time of day ("pm" in "5pm").
   *
   * @param suffix lower-cased letters after the digits
   * @return true for a time suffix
   */
  abstract boolean isTimeSuffix(String suffix);

  /**
   * Whether a lower-cased word is a negator ("not", "never", a "n't" form ...).
   *
   * @param lower a lower-cased word
   * @return true for a negator
   */
  boolean isNegator(String lower) {
    return negators.contains(lower);
  }

  /**
   * Whether a lower-cased word is a past participle.
   *
   * @param lower a lower-cased word
   * @return true for a participle
   */
  abstract boolean isParticiple(String lower);

  /**
   * Whether a lower-cased word is an adverb that may stand between "be" and a participle.
   *
   * @param lower a lower-cased word
   * @return true for such an adverb
   */
  abstract boolean isAdverb(String lower);

  /**
   * Lower-cases in the language's locale.
   *
   * @param s a string
   * @return it in lower case
   */
  final String lower(String s) {
    return toLower(s, locale);
  }

  /**
   * The grammatical role of a lower-cased word.
   *
   * @param lower a lower-cased word
   * @return its role, or null
   */
  final Role role(String lower) {
    return roles.get(lower);
  }

  /** @return how many words may stand between a passive auxiliary and its participle */
  int passiveGap() {
    return 3;
  }

  /**
   * Whether a word may stand between a passive auxiliary and its participle.
   *
   * @param lower the lower-cased word
   * @param pos its hint so far
   * @return true for an adverb in English; most words of the clause in German
   */
  boolean mayPrecedeParticiple(String lower, PosHint pos) {
    return isAdverb(lower);
  }

  /** @return whether "3." before a word is an ordinal number rather than a sentence end (German) */
  boolean numberWithPeriodIsOrdinal() {
    return false;
  }

  /**
   * Lower-cases with a fast path for ASCII.
   *
   * @param s a string
   * @param locale the locale for non-ASCII text
   * @return the lower-cased string
   */
  static String toLower(String s, Locale locale) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return s.toLowerCase(locale);
      }
      if (c >= 'A' && c <= 'Z') {
        char[] a = s.toCharArray();
        for (int k = i; k < a.length; k++) {
          char d = a[k];
          if (d >= 0x80) {
            return s.toLowerCase(locale);
          }
          if (d >= 'A' && d <= 'Z') {
            a[k] = (char) (d + 32);
          }
        }
        return new String(a);
      }
    }
    return s;
  }
}
