package io.github.feedbackkit.rules.internal.checks;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.PosHint;
import io.github.feedbackkit.rules.internal.text.PhraseMatch;
import io.github.feedbackkit.rules.internal.text.WordTable;
import java.util.Set;

/**
 * Whether a loaded word is said of a person ("she was aggressive", "an abrasive colleague",
 * "Lazy.") rather than of a thing ("an aggressive pricing plan", "strong emotional awareness").
 * Errs on the side of silence: when in doubt, it is not a judgement of the person.
 */
final class PersonSense {
  /** Person subjects; possessives ("your approach") are left out on purpose. */
  static final Set<String> SUBJECTS = Set.of("you", "he", "she", "they", "i");

  static final Set<String> PERSON_NOUNS = Set.of(
      "person", "people", "candidate", "applicant", "employee", "colleague", "manager", "engineer", "developer",
      "nurse", "teacher", "leader", "individual", "teammate", "hire", "member", "guy", "woman", "man", "girl", "boy",
      "lady", "worker", "analyst", "designer", "intern", "graduate", "peer", "personality", "character",
      "attitude");

  /** Words after the label that keep it about the person: a preposition, a conjunction, a time. */
  static final Set<String> FOLLOWERS = Set.of(
      "and", "or", "but", "with", "to", "towards", "toward", "in", "during", "at", "when", "about", "around",
      "under", "on", "sometimes", "if", "whenever", "for", "than", "as", "lately", "recently", "today",
      "yesterday", "again", "too", "whilst", "while", "because", "so");

  static final Set<String> LINKING = Set.of("be", "seem", "appear", "sound", "get", "become", "act", "look",
      "remain", "stay", "come", "feel", "as", "being", "been", "is", "are", "was", "were", "'s", "'re", "'m", "am");

  static final Set<String> INTENSIFIERS = Set.of("very", "quite", "a", "bit", "little", "too", "so", "rather",
      "extremely", "really", "often", "sometimes", "always", "somewhat", "overly", "fairly", "pretty", "incredibly",
      "highly", "occasionally", "frequently", "just", "also", "still", "generally", "can", "could", "may", "might",
      "be", "come", "across", "is", "was", "are", "were");

  /** How many words before the verb the subject may stand. */
  static final int SUBJECT_REACH = 6;

  private PersonSense() {}

  static boolean aboutPerson(AnalyzedText t, PhraseMatch m) {
    WordTable words = WordTable.of(t);
    int s = words.sentence(m.firstWord());
    String text = t.text();
    int next = m.endWord();
    boolean nextInSentence = next < words.size() && words.sentence(next) == s
        && onlySpace(text, m.end(), words.start(next));
    if (nextInSentence) {
      if (PERSON_NOUNS.contains(words.lower(next)) || PERSON_NOUNS.contains(words.lemma(next))) {
        return true; // "an abrasive colleague"
      }
      if (!FOLLOWERS.contains(words.lower(next))) {
        return false; // "an aggressive pricing plan", "emotional awareness"
      }
    }
    // walk back over intensifiers and linking verbs to see how the word is attached
    int i = m.firstWord() - 1;
    // an entry that opens with its linking verb ("seem a bit slow") carries its own link
    boolean linked = LINKING.contains(words.lemma(m.firstWord()));
    while (i >= 0 && words.sentence(i) == s) {
      PosHint pos = words.pos(i);
      String lower = words.lower(i);
      if (pos == PosHint.BE || LINKING.contains(words.lemma(i)) || LINKING.contains(lower)) {
        linked = true;
        i--;
      } else if (INTENSIFIERS.contains(lower) || pos == PosHint.MODAL) {
        i--;
      } else {
        break;
      }
    }
    if (i < 0 || words.sentence(i) != s) {
      return true; // a fragment that opens with the label: "Abrasive in meetings."
    }
    if (!linked) {
      return false;
    }
    // a person must be the subject: a pronoun or a person noun shortly before (bounded: linear time)
    for (int j = i; j >= 0 && j > i - SUBJECT_REACH && words.sentence(j) == s; j--) {
      String lower = words.lower(j);
      if (SUBJECTS.contains(lower) || PERSON_NOUNS.contains(lower)) {
        return true;
      }
    }
    return false;
  }

  static boolean onlySpace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
