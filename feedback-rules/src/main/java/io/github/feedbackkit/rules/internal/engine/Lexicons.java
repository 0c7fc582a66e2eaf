package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.internal.text.PhraseLexicon;
import io.github.feedbackkit.rules.internal.text.PhraseSet;
import io.github.feedbackkit.rules.internal.text.Scratch;
import io.github.feedbackkit.rules.internal.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the built-in checks, loaded once from resource files, with a policy's
 * additions and removals applied. Immutable.
 */
public final class Lexicons {
  private static final String ROOT = "/io/github/feedbackkit/rules/lexicon/en/";

  /** The base lists, loaded once when first used (class-holder idiom; immutable). */
  private static final class Base {
    static final Lexicons INSTANCE = new Lexicons(
        load("evaluation"), load("instance"), load("action"), load("trait-directive"), load("rejection"),
        load("destructive"), load("personality"), load("protected"), load("culture-fit"), load("jargon"),
        load("double-negative"), load("negative-behaviour"), load("gender-coded"), load("absolute"), null);

    private static PhraseLexicon load(String name) {
      return PhraseLexicon.load(ROOT + name + ".tsv");
    }
  }

  public final PhraseLexicon evaluation;
  public final PhraseLexicon instance;
  public final PhraseLexicon action;
  public final PhraseLexicon trait;
  public final PhraseLexicon rejection;
  public final PhraseLexicon destructive;
  public final PhraseLexicon personality;
  public final PhraseLexicon protectedTerms;
  public final PhraseLexicon cultureFit;
  public final PhraseLexicon jargon;
  public final PhraseLexicon doubleNegative;
  public final PhraseLexicon negativeBehaviour;
  public final PhraseLexicon genderCoded;
  /** The sweeping absolutes ("always", "never"), each with whether it says always or never. */
  public final PhraseLexicon absolute;
  /** All the lists above, compiled to be matched together in one pass over a text. */
  private final PhraseSet all;
  /** What the reader asks of each entry of the lists it reads, by entry identity; never changed. */
  private final EntryFacts.Table facts;

  /** Positions of the lists in {@link #find(AnalyzedText)}'s result, for {@link PhraseSet.Found#get(int)}. */
  static final int EVALUATION = 0;
  static final int INSTANCE = 1;
  static final int ACTION = 2;
  static final int TRAIT = 3;
  static final int REJECTION = 4;
  /** Position of {@link #destructive}, for {@link FieldText#matches(PhraseLexicon, int)}. */
  public static final int DESTRUCTIVE = 5;
  /** Position of {@link #personality}, for {@link FieldText#matches(PhraseLexicon, int)}. */
  public static final int PERSONALITY = 6;
  /** Position of {@link #protectedTerms}, for {@link FieldText#matches(PhraseLexicon, int)}. */
  public static final int PROTECTED_TERMS = 7;
  /** Position of {@link #cultureFit}, for {@link FieldText#matches(PhraseLexicon, int)}. */
  public static final int CULTURE_FIT = 8;
  /** Position of {@link #jargon}, for {@link FieldText#matches(PhraseLexicon, int)}. */
  public static final int JARGON = 9;
  /** Position of {@link #doubleNegative}, for {@link FieldText#matches(PhraseLexicon, int)}. */
  public static final int DOUBLE_NEGATIVE = 10;
  /** Position of {@link #negativeBehaviour}, for {@link FieldText#matches(PhraseLexicon, int)}. */
  public static final int NEGATIVE_BEHAVIOUR = 11;
  /** Position of {@link #genderCoded}, for {@link FieldText#matches(PhraseLexicon, int)}. */
  public static final int GENDER_CODED = 12;
  /** Position of {@link #absolute}, for {@link FieldText#matches(PhraseLexicon, int)}. */
  public static final int ABSOLUTE = 13;

  private Lexicons(
      PhraseLexicon evaluation, PhraseLexicon instance, PhraseLexicon action, PhraseLexicon trait,
      PhraseLexicon rejection, PhraseLexicon destructive, PhraseLexicon personality, PhraseLexicon protectedTerms,
      PhraseLexicon cultureFit, PhraseLexicon jargon, PhraseLexicon doubleNegative, PhraseLexicon negativeBehaviour,
      PhraseLexicon genderCoded, PhraseLexicon absolute, EntryFacts.Table facts) {
    this.evaluation = evaluation;
    this.instance = instance;
    this.action = action;
    this.trait = trait;
    this.rejection = rejection;
    this.destructive = destructive;
    this.personality = personality;
    this.protectedTerms = protectedTerms;
    this.cultureFit = cultureFit;
    this.jargon = jargon;
    this.doubleNegative = doubleNegative;
    this.negativeBehaviour = negativeBehaviour;
    this.genderCoded = genderCoded;
    this.absolute = absolute;
    this.all = PhraseSet.of(List.of(
        evaluation, instance, action, trait, rejection, destructive, personality, protectedTerms, cultureFit, jargon,
        doubleNegative, negativeBehaviour, genderCoded, absolute));
    this.facts = facts != null ? facts : EntryFacts.index(List.of(evaluation, instance, action, trait));
  }

  /**
   * @param e an entry of one of the lists
   * @return what the reader asks of it
   */
  EntryFacts facts(PhraseLexicon.Entry e) {
    EntryFacts f = facts.get(e);
    return f != null ? f : EntryFacts.of(e);
  }

  /**
   * Finds the phrases of every list in a text, in one pass; read a list's matches with {@link
   * PhraseSet.Found#of(PhraseLexicon)}, e.g. {@code found.of(lexicons.jargon)}, which equal
   * {@code lexicons.jargon.find(text)}.
   *
   * @param text an analysed text
   * @return the matches of every list
   */
  public PhraseSet.Found find(AnalyzedText text) {
    return all.find(text);
  }

  /**
   * Analyses a text and finds the phrases of every list in it, as {@code find(analyzer.analyze(text))}
   * does, with each word's lemma looked up while the words are collected.
   *
   * @param analyzer the text analyzer
   * @param text the text
   * @return the matches of every list; {@link PhraseSet.Found#text()} is the analysed text
   */
  public PhraseSet.Found read(TextAnalyzer analyzer, String text) {
    return analyzer.analyze(text, all);
  }

  /**
   * {@link #read(TextAnalyzer, String)} reusing working arrays from one text to the next.
   *
   * @param analyzer the text analyzer
   * @param text the text
   * @param scratch working arrays of the calling thread (for example one per document)
   * @return the matches of every list; {@link PhraseSet.Found#text()} is the analysed text
   */
  public PhraseSet.Found read(TextAnalyzer analyzer, String text, Scratch scratch) {
    return analyzer.analyze(text, all, scratch);
  }

  /**
   * The dimensions whose checks read the word lists (praise and criticism, instances, actions,
   * loaded words): not assessed for a text in a language that has no word lists.
   */
  public static final java.util.Set<io.github.feedbackkit.rules.Dimension> WORD_LIST_DIMENSIONS = java.util.Set.of(
      io.github.feedbackkit.rules.Dimension.SPECIFICITY, io.github.feedbackkit.rules.Dimension.BALANCE,
      io.github.feedbackkit.rules.Dimension.ACTIONABILITY, io.github.feedbackkit.rules.Dimension.FAIRNESS);

  /**
   * @param locale the language of a text
   * @return whether there are word lists for it (English only, so far; the root locale counts as
   *     English)
   */
  public static boolean covers(java.util.Locale locale) {
    String language = locale.getLanguage();
    return language.isEmpty() || language.equals("en");
  }

  /** @return the built-in lists */
  public static Lexicons base() {
    return Base.INSTANCE;
  }

  /**
   * @param policy a policy
   * @return the built-in lists with the policy's additions and removals
   */
  public static Lexicons forPolicy(QualityPolicy policy) {
    Lexicons b = base();
    if (policy.lexiconAdditions().isEmpty() && policy.lexiconRemovals().isEmpty()) {
      return b;
    }
    return new Lexicons(
        b.evaluation, b.instance, b.action, b.trait, b.rejection,
        adjust(b.destructive, "destructive", "category=destructive", policy),
        adjust(b.personality, "personality", "category=personality", policy),
        adjust(b.protectedTerms, "protected", "category=policy", policy),
        adjust(b.cultureFit, "culture-fit", "category=culture-fit", policy),
        adjust(b.jargon, "jargon", "category=jargon", policy),
        b.doubleNegative, b.negativeBehaviour,
        adjust(b.genderCoded, "gender-coded", "category=policy", policy), b.absolute, b.facts);
  }

  private static PhraseLexicon adjust(
      PhraseLexicon lexicon, String name, String attribute, QualityPolicy policy) {
    PhraseLexicon result = lexicon;
    Set<String> removed = policy.lexiconRemovals().getOrDefault(name, Set.of());
    if (!removed.isEmpty()) {
      result = result.minus(removed);
    }
    List<String> added = policy.lexiconAdditions().getOrDefault(name, List.of());
    if (!added.isEmpty()) {
      String[] kv = attribute.split("=", 2);
      List<PhraseLexicon.Entry> entries = new ArrayList<>();
      for (String phrase : added) {
        entries.add(new PhraseLexicon.Entry(phrase, Map.of(kv[0], kv[1], "source", "policy")));
      }
      result = result.plus(entries);
    }
    return result;
  }
}
