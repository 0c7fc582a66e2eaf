package io.github.feedbackkit.rules.internal.engine;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.Outcome;
import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.Sentence;
import io.github.feedbackkit.rules.Span;
import io.github.feedbackkit.rules.WordKind;
import io.github.feedbackkit.rules.internal.text.PhraseMatch;
import io.github.feedbackkit.rules.internal.text.PhraseSet;
import io.github.feedbackkit.rules.internal.text.Scratch;
import io.github.feedbackkit.rules.internal.text.TextAnalyzer;
import io.github.feedbackkit.rules.internal.text.WordTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads free text or a document once for all checks: analyses each text field and tells, sentence
 * by sentence, what it does (praise, criticism, instance or measure, action, trait request,
 * rejection), then gathers the strengths, improvement areas and ways forward of the whole input.
 * Stateless and thread-safe; linear in the length of the input.
 */
public final class Reader {
  /** Non-text fields a document finding may name, after the text fields in this order. */
  static final List<String> OTHER_FIELDS =
      List.of("occurredAt", "deliveredAt", "followUp", "actions", "observations", "outcome", "context", "kind",
          "summary");

  /** A sentence this long that names an artifact describes it, rather than just judging it. */
  static final int DESCRIPTIVE_WORDS = 12;

  private final Lexicons lex;

  /** @param lexicons the word lists */
  public Reader(Lexicons lexicons) {
    this.lex = lexicons;
  }

  /**
   * @param text free text
   * @param analyzer the text analyzer
   * @param now "now"
   * @param policy the policy
   * @return the reading, with one field named {@code text}
   */
  public Reading readText(String text, TextAnalyzer analyzer, Instant now, QualityPolicy policy) {
    List<FieldText> fields = List.of(field("text", 0, FieldRole.TEXT, lex.read(analyzer, text), false));
    return gather(Optional.empty(), fields, now, policy);
  }

  /**
   * @param feedback a document
   * @param analyzer the text analyzer for the document's locale
   * @param now "now"
   * @param policy the policy
   * @return the reading of its summary, observations, evidence and action items
   */
  public Reading readDocument(Feedback feedback, TextAnalyzer analyzer, Instant now, QualityPolicy policy) {
    List<Observation> observations = feedback.observations();
    List<ActionItem> actions = feedback.actions();
    int count = (feedback.summary().isPresent() ? 1 : 0) + observations.size() + actions.size();
    for (int i = 0; i < observations.size(); i++) {
      count += observations.get(i).evidence().size();
    }
    List<FieldText> fields = new ArrayList<>(count);
    int order = 0;
    // one document's fields are read one after another, with one set of working arrays, which the
    // analyzer keeps for the next document
    Scratch scratch = analyzer.takeScratch();
    try {
      if (feedback.summary().isPresent()) {
        fields.add(field("summary", order++, FieldRole.SUMMARY, lex.read(analyzer, feedback.summary().get(), scratch), false));
      }
      for (int i = 0; i < observations.size(); i++) {
        Observation o = observations.get(i);
        FieldRole role = switch (o.type()) {
          case STRENGTH -> FieldRole.STRENGTH;
          case IMPROVEMENT -> FieldRole.IMPROVEMENT;
          default -> FieldRole.NOTE;
        };
        fields.add(field(observationText(i), order++, role, lex.read(analyzer, o.text(), scratch), !o.evidence().isEmpty()));
        for (int j = 0; j < o.evidence().size(); j++) {
          fields.add(field(evidence(i, j), order++, FieldRole.EVIDENCE, lex.read(analyzer, o.evidence().get(j), scratch), false));
        }
      }
      for (int i = 0; i < actions.size(); i++) {
        fields.add(field(actionDescription(i), order++, FieldRole.ACTION,
            lex.read(analyzer, actions.get(i).description(), scratch), false));
      }
    } finally {
      analyzer.giveBack(scratch);
    }
    return gather(Optional.of(feedback), fields, now, policy);
  }

  /** Field names of the first observations, evidence and actions, made once rather than for every document. */
  private static final int NAMED = 16;

  private static final List<String> OBSERVATION_TEXT = names("observations[", "].text", NAMED);
  private static final List<String> ACTION_DESCRIPTION = names("actions[", "].description", NAMED);
  private static final List<List<String>> EVIDENCE = evidenceNames();

  private static List<String> names(String prefix, String suffix, int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = prefix + i + suffix;
    }
    return List.of(out);
  }

  private static List<List<String>> evidenceNames() {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < NAMED; i++) {
      out.add(names("observations[" + i + "].evidence[", "]", NAMED / 2));
    }
    return List.copyOf(out);
  }

  private static String observationText(int i) {
    return i < OBSERVATION_TEXT.size() ? OBSERVATION_TEXT.get(i) : "observations[" + i + "].text";
  }

  private static String evidence(int i, int j) {
    if (i < EVIDENCE.size() && j < EVIDENCE.get(i).size()) {
      return EVIDENCE.get(i).get(j);
    }
    return "observations[" + i + "].evidence[" + j + "]";
  }

  private static String actionDescription(int i) {
    return i < ACTION_DESCRIPTION.size() ? ACTION_DESCRIPTION.get(i) : "actions[" + i + "].description";
  }

  private Reading gather(Optional<Feedback> feedback, List<FieldText> fields, Instant now, QualityPolicy policy) {
    List<Unit> strengths = new ArrayList<>();
    List<Unit> improvements = new ArrayList<>();
    int actionSignals = 0;
    int specific = 0;
    boolean rejection = feedback.isPresent() && feedback.get().outcome().isPresent()
        && feedback.get().outcome().get() == Outcome.REJECTED;
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      List<SentenceSignals> ss = f.sentences();
      switch (f.role()) {
        case STRENGTH, IMPROVEMENT -> {
          if (ss.isEmpty()) {
            break;
          }
          int start = ss.get(0).sentence().start();
          int end = ss.get(ss.size() - 1).sentence().end();
          int actions = 0;
          int specificHere = 0;
          for (int i = 0, n = ss.size(); i < n; i++) {
            SentenceSignals s = ss.get(i);
            if (s.action()) {
              actions++;
            }
            if (s.evaluative() && s.specific()) {
              specificHere++;
            }
          }
          (f.role() == FieldRole.STRENGTH ? strengths : improvements).add(new Unit(f.field(), start, end, actions > 0));
          specific += f.hasEvidence() ? 1 : specificHere;
          actionSignals += actions;
        }
        case TEXT, SUMMARY, NOTE -> {
          for (int i = 0; i < ss.size(); i++) {
            SentenceSignals s = ss.get(i);
            Sentence sent = s.sentence();
            if (s.praise() || describesWhatTheyDid(f.text(), s)) {
              strengths.add(new Unit(f.field(), sent.start(), sent.end(), s.action(), !s.praise()));
            }
            if (s.criticism() || s.trait()) {
              boolean acted = s.action() || (i + 1 < ss.size() && ss.get(i + 1).action());
              improvements.add(new Unit(f.field(), sent.start(), sent.end(), acted));
            }
            if (s.evaluative() && s.specific()) {
              specific++;
            }
            if (s.action()) {
              actionSignals++;
            }
            rejection |= s.rejection();
          }
        }
        default -> {
          // evidence and action descriptions: counted from the structure below
        }
      }
    }
    if (feedback.isPresent()) {
      Feedback fb = feedback.get();
      List<ActionItem> actionItems = fb.actions();
      for (int ai = 0, actionCount = actionItems.size(); ai < actionCount; ai++) {
        ActionItem a = actionItems.get(ai);
        boolean strong = a.dueDate().isPresent() || a.measure().isPresent() || a.resource().isPresent();
        actionSignals += strong ? 2 : 1;
      }
      if (fb.followUp().isPresent()) {
        actionSignals++;
      }
    }
    Map<String, Integer> order = FieldOrder.of(fields);
    if (order == null) {
      order = legacyOrder(fields);
    }
    return new Reading(
        feedback, fields, strengths, improvements, actionSignals, specific, rejection, now, policy, order,
        Lateness.of(feedback, now, policy));
  }

  /** The field order for fields whose orders are not simply their positions (not made by this reader). */
  private static Map<String, Integer> legacyOrder(List<FieldText> fields) {
    Map<String, Integer> order = new HashMap<>();
    for (int fi = 0, fieldCount = fields.size(); fi < fieldCount; fi++) {
      FieldText f = fields.get(fi);
      order.put(f.field(), f.order());
    }
    int next = fields.size();
    for (String other : OTHER_FIELDS) {
      if (order.putIfAbsent(other, next) == null) {
        next++;
      }
    }
    return order;
  }

  private FieldText field(String name, int order, FieldRole role, PhraseSet.Found phrases, boolean hasEvidence) {
    AnalyzedText text = phrases.text();
    return new FieldText(
        name, order, role, text, role == FieldRole.EVIDENCE ? List.of() : signals(text, phrases), hasEvidence, phrases);
  }

  /**
   * @param t an analysed text
   * @param phrases the phrases of the word lists found in it
   * @return the signals of each of its sentences
   */
  List<SentenceSignals> signals(AnalyzedText t, PhraseSet.Found phrases) {
    List<Sentence> sentences = t.sentences();
    int n = sentences.size();
    if (n == 0) {
      return List.of();
    }
    WordTable words = WordTable.of(t);
    // what each sentence does, one bit each (one array per field rather than one per signal)
    int[] flags = new int[n];

    // the Found comes from lex.read, so each list's matches are at its position in the set
    List<PhraseMatch> evaluation = phrases.get(Lexicons.EVALUATION);
    for (int k = 0, size = evaluation.size(); k < size; k++) {
      PhraseMatch m = evaluation.get(k);
      int s = Matches.sentence(t, m);
      if (Matches.quoted(t, m) || sentences.get(s).question()) {
        continue;
      }
      EntryFacts facts = lex.facts(m.entry());
      int polarity = facts.polarity;
      if (polarity == EntryFacts.NONE || !Matches.formOk(t, m, facts.exactForm)) {
        continue;
      }
      boolean negated = Matches.negated(t, m) && !Matches.startsWithNegator(t, m);
      if (polarity == EntryFacts.ACHIEVEMENT) {
        // a result reported as such ("saved two stops", "above plan"): praise unless the sentence criticises
        if (!negated) {
          flags[s] |= ACHIEVEMENT;
        }
        continue;
      }
      if (!negated && Matches.absent(t, m.firstWord())) {
        negated = true; // "zero failed transactions", "without a single charting error", "None of your tests failed"
      }
      if (polarity == EntryFacts.NEGATIVE && Matches.lateAsTimeOfDay(t, m)) {
        continue; // "you stayed late to help", "the late shift": a time, not a delay
      }
      if (polarity == EntryFacts.POSITIVE) {
        if (negated && (flags[s] & NEGATION_USED) == 0) {
          flags[s] |= CRITICISM;
        } else {
          flags[s] |= PRAISE;
        }
      } else if (afterDetection(t, m.firstWord())) {
        flags[s] |= PRAISE; // "you spotted the missing edge protection": finding a fault is a strength
      } else if (negated) {
        // "no doubts about her dependability": the negator is spent on the doubt
        flags[s] |= PRAISE | NEGATION_USED;
      } else {
        flags[s] |= CRITICISM;
      }
    }
    // an achievement is praise (folded in below, where the sentences' signals are read)
    List<PhraseMatch> destructive = phrases.get(Lexicons.DESTRUCTIVE);
    for (int k = 0, size = destructive.size(); k < size; k++) {
      PhraseMatch m = destructive.get(k);
      if (!Matches.quoted(t, m) && !Matches.negated(t, m)) {
        flags[Matches.sentence(t, m)] |= CRITICISM;
      }
    }
    int lastWeakEnd = -1;
    List<PhraseMatch> instance = phrases.get(Lexicons.INSTANCE);
    for (int k = 0, size = instance.size(); k < size; k++) {
      PhraseMatch m = instance.get(k);
      int s = Matches.sentence(t, m);
      if (lex.facts(m.entry()).weak) {
        if (m.firstWord() != lastWeakEnd) {
          // "customer service" is one anchor, not two; counted up to two
          flags[s] |= (flags[s] & WEAK_ONE) != 0 ? WEAK_MORE : WEAK_ONE;
        }
        lastWeakEnd = m.endWord();
      } else {
        flags[s] |= SPECIFIC;
      }
    }
    int size = words.size();
    if (!words.onlyPlainWords()) { // numbers, dates, amounts and addresses are specific
      for (int i = 0; i < size; i++) {
        WordKind k = words.kind(i);
        if (k == WordKind.NUMBER || k == WordKind.PERCENT || k == WordKind.MONEY || k == WordKind.ORDINAL
            || k == WordKind.DATE || k == WordKind.TIME) {
          flags[words.sentence(i)] |= SPECIFIC;
        } else if (k == WordKind.URL) {
          flags[words.sentence(i)] |= ACTION | SPECIFIC;
        }
      }
    }
    if (words.mayHaveParticiples()) { // "you" is a plain word, before a participle
      for (int i = 1; i + 2 < size; i++) {
        if (reportedAction(words, i)) {
          flags[words.sentence(i)] |= SPECIFIC;
        }
      }
    }
    boolean omissionsRead = false; // which sentences have an omission verb: only asked of a lone, short anchor
    for (int i = 0; i < n; i++) {
      // an artifact noun is specific with a second anchor, or in a sentence long enough to describe it
      if ((flags[i] & WEAK_MORE) != 0) {
        flags[i] |= SPECIFIC;
      } else if ((flags[i] & WEAK_ONE) != 0) {
        if (sentences.get(i).wordCount() >= DESCRIPTIVE_WORDS) {
          flags[i] |= SPECIFIC;
        } else {
          if (!omissionsRead) {
            markOmissions(words, flags);
            omissionsRead = true;
          }
          if ((flags[i] & OMISSION) != 0) {
            flags[i] |= SPECIFIC;
          }
        }
      }
    }
    List<Span> quotes = t.quotes();
    for (int qi = 0, quoteCount = quotes.size(); qi < quoteCount; qi++) {
      Span q = quotes.get(qi);
      int s = sentenceAt(sentences, q.start());
      if (s >= 0) {
        flags[s] |= SPECIFIC;
      }
    }
    List<PhraseMatch> actions = phrases.get(Lexicons.ACTION);
    for (int k = 0, count = actions.size(); k < count; k++) {
      PhraseMatch m = actions.get(k);
      EntryFacts facts = lex.facts(m.entry());
      if (facts.action && !Matches.quoted(t, m) && !Matches.negated(t, m) && Matches.formOk(t, m, facts.exactForm)) {
        flags[Matches.sentence(t, m)] |= ACTION;
      }
    }
    List<PhraseMatch> traits = phrases.get(Lexicons.TRAIT);
    for (int k = 0, count = traits.size(); k < count; k++) {
      PhraseMatch m = traits.get(k);
      if (!Matches.quoted(t, m) && Matches.formOk(t, m, lex.facts(m.entry()).exactForm)) {
        flags[Matches.sentence(t, m)] |= TRAIT_CANDIDATE;
      }
    }
    List<PhraseMatch> rejections = phrases.get(Lexicons.REJECTION);
    for (int k = 0, count = rejections.size(); k < count; k++) {
      PhraseMatch m = rejections.get(k);
      if (!Matches.quoted(t, m)) {
        flags[Matches.sentence(t, m)] |= REJECTION;
      }
    }
    if (n == 1) {
      return List.of(signalsOf(sentences.get(0), flags[0]));
    }
    SentenceSignals[] out = new SentenceSignals[n];
    for (int i = 0; i < n; i++) {
      out[i] = signalsOf(sentences.get(i), flags[i]);
    }
    return List.of(out);
  }

  /** The bits of a sentence's flags in {@link #signals}. */
  private static final int PRAISE = 1;
  private static final int CRITICISM = 1 << 1;
  private static final int SPECIFIC = 1 << 2;
  private static final int ACTION = 1 << 3;
  private static final int REJECTION = 1 << 4;
  /** A positive word's negator already spent on a doubt ("no doubts about her dependability"). */
  private static final int NEGATION_USED = 1 << 5;
  private static final int ACHIEVEMENT = 1 << 6;
  private static final int TRAIT_CANDIDATE = 1 << 7;
  /** One weak anchor (an artifact noun), and a second. */
  private static final int WEAK_ONE = 1 << 8;
  private static final int WEAK_MORE = 1 << 9;
  /** An omission verb ({@link #isOmission}). */
  private static final int OMISSION = 1 << 10;

  private static SentenceSignals signalsOf(Sentence s, int f) {
    boolean praise = (f & (PRAISE | ACHIEVEMENT)) != 0;
    boolean rejection = (f & REJECTION) != 0;
    // "you have not been successful": the decision, not an improvement area
    boolean criticism = !rejection && (f & CRITICISM) != 0;
    boolean specific = (f & SPECIFIC) != 0;
    boolean trait = (f & TRAIT_CANDIDATE) != 0 && !specific;
    boolean action = !trait && ((f & ACTION) != 0 || (s.imperative() && !s.question()));
    return new SentenceSignals(s, praise, criticism, specific, action, trait, rejection);
  }

  /** Marks the sentences that have a word that is an omission verb. */
  private static void markOmissions(WordTable words, int[] flags) {
    for (int i = 0, size = words.size(); i < size; i++) {
      if (isOmission(words.lower(i))) {
        flags[words.sentence(i)] |= OMISSION;
      }
    }
  }

  /**
   * A specific, uncritical account of what the person did ("You broke the parser task into three
   * functions and tested each one") acknowledges their work even without a word of praise.
   */
  static boolean describesWhatTheyDid(AnalyzedText t, SentenceSignals s) {
    Sentence sent = s.sentence();
    if (!s.specific() || s.criticism() || s.trait() || s.action() || sent.question() || sent.wordCount() == 0) {
      return false;
    }
    return isPersonOpener(WordTable.of(t).lower(sent.firstWord()));
  }

  /** Subjects that make a sentence about what the recipient did. */
  private static boolean isPersonOpener(String lower) {
    return switch (lower.length()) { // a few comparisons of strings of the same length, no hashing
      case 2 -> lower.equals("he");
      case 3 -> lower.equals("you") || lower.equals("she") || lower.equals("her") || lower.equals("his");
      case 4 -> lower.equals("your") || lower.equals("they");
      case 5 -> lower.equals("their");
      default -> false;
    };
  }

  /** Words that open a clause reporting what the person did: "impressed that you checked ...". */
  static boolean isReportOpener(String lower) {
    return lower.equals("that") || lower.equals("when") || lower.equals("how");
  }

  /** Determiners that make the object of a reported action a particular thing: "each plate". */
  static boolean isObjectDeterminer(String lower) {
    return switch (lower.length()) { // a few comparisons of strings of the same length, no hashing
      case 1 -> lower.equals("a");
      case 2 -> lower.equals("an");
      case 3 -> lower.equals("the") || lower.equals("all");
      case 4 -> lower.equals("each") || lower.equals("both") || lower.equals("this") || lower.equals("that")
          || lower.equals("your");
      case 5 -> lower.equals("every") || lower.equals("these") || lower.equals("those");
      default -> false;
    };
  }

  /**
   * Whether the word at {@code i} opens a reported, observed action: "that/when/how you" + a past
   * verb + a determined object ("impressed that you checked each plate", "pleased when you
   * rewrote the guide"). Such a clause names behaviour, so the sentence is tied to an instance;
   * "impressed that you did well" is not (no determined object).
   */
  static boolean reportedAction(WordTable words, int i) {
    if (words.end(i) - words.start(i) != 3) {
      // not "you" (lower-casing never shortens a word, and only ASCII letters lower-case to it): most
      // words, told apart without reading them
      return false;
    }
    if (words.pos(i + 1) != PosHint.PARTICIPLE) {
      return false; // the cheapest test first: most words are not followed by a participle
    }
    if (!words.lower(i).equals("you")) {
      return false;
    }
    int sentence = words.sentence(i);
    return words.sentence(i - 1) == sentence && words.sentence(i + 2) == sentence
        && isReportOpener(words.lower(i - 1)) && isObjectDeterminer(words.lower(i + 2));
  }

  /** Verbs of finding or fixing a fault: a negative word after them is the fault, not a criticism. */
  private static final java.util.Set<String> DETECTION = java.util.Set.of("find", "found", "spot", "catch", "caught",
      "notice", "fix", "flag", "identify", "resolve", "solve", "remove", "prevent", "avoid", "reduce", "cut",
      "eliminate", "handle", "diagnose", "debug", "trace");

  /** Omission verbs: "missed the falls-risk assessment" names what was left out, which is specific. */
  private static boolean isOmission(String lower) {
    return switch (lower) {
      case "miss", "missed", "skip", "skipped", "forget", "forgot", "omit", "omitted", "without" -> true;
      default -> false;
    };
  }

  private static boolean afterDetection(AnalyzedText t, int index) {
    WordTable words = WordTable.of(t);
    int sentence = words.sentence(index);
    for (int i = index - 1; i >= 0 && i >= index - 3 && words.sentence(i) == sentence; i--) {
      if (DETECTION.contains(words.lemma(i)) || DETECTION.contains(words.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param sentences sentences in order
   * @param offset an offset
   * @return the index of the sentence containing the offset, or the one after it, or -1
   */
  static int sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        found = mid;
        hi = mid - 1;
      }
    }
    return found;
  }
}
