package io.github.feedbackkit.rules.internal.text;

import java.util.Locale;

/**
 * English: the word lists under {@code lexicon/en/}, the CMUdict syllable table, and the rules
 * for what no list holds (syllables of unknown words, plural and verb suffixes).
 */
final class English extends Language {

  /** Derivational suffixes counted apart from their stem, and their syllables. */
  private static final String[] SUFFIXES = {"ments", "ment", "ness", "less", "fully", "ful", "ly"};

  private static final int[] SUFFIX_SYLLABLES = {1, 1, 1, 1, 2, 1, 1};

  English() {
    super(Locale.ENGLISH, "en");
  }

  @Override
  int syllables(String lower) {
    int n = dictionary().syllables(lower);
    if (n > 0) {
      return n;
    }
    int hyphen = Math.max(lower.indexOf('-'), lower.indexOf('_'));
    if (hyphen > 0 && hyphen < lower.length() - 1) {
      int sum = 0;
      int from = 0;
      while (from <= lower.length()) {
        int to = from;
        while (to < lower.length() && lower.charAt(to) != '-' && lower.charAt(to) != '_') {
          to++;
        }
        if (to > from) {
          sum += syllables(lower.substring(from, to));
        }
        from = to + 1;
      }
      return sum;
    }
    String core = lower;
    int extra = 0;
    if (core.endsWith("'s") || core.endsWith("\u2019s")) {
      core = core.substring(0, core.length() - 2);
      if (endsWithSibilant(core)) {
        extra = 1;
      }
      int base = dictionary().syllables(core);
      if (base > 0) {
        return base + extra;
      }
    }
    // an inflected form of a known word: answers, sized, reviewing
    String lemma = lemma(core);
    if (!lemma.equals(core)) {
      int base = dictionary().syllables(lemma);
      if (base > 0) {
        return base + suffixSyllables(core, lemma) + extra;
      }
    }
    int compound = compound(core);
    return (compound > 0 ? compound : bySpelling(core)) + extra;
  }

  /**
   * The syllables of an unknown word made of two known ones ("upskilled" = "up" + "skilled"),
   * or 0. Only for words of at most 24 letters, so the cost stays bounded.
   */
  private int compound(String w) {
    int len = w.length();
    if (len < 5 || len > 24 || !isAsciiLetters(w)) {
      return 0;
    }
    SyllableDictionary d = dictionary();
    for (int i = len - 3; i >= 2; i--) {
      int head = d.syllables(w.substring(0, i));
      if (head > 0) {
        String tail = w.substring(i);
        int t = d.syllables(tail);
        if (t < 0) {
          String l = lemma(tail);
          int base = l.equals(tail) ? -1 : d.syllables(l);
          t = base > 0 ? base + suffixSyllables(tail, l) : -1;
        }
        if (t > 0) {
          return head + t;
        }
      }
    }
    return 0;
  }

  private static boolean endsWithSibilant(String w) {
    return w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")
        || w.endsWith("ce") || w.endsWith("ge") || w.endsWith("se") || w.endsWith("ze");
  }

  /** Syllables an inflection adds to its lemma. */
  private static int suffixSyllables(String word, String lemma) {
    if (word.endsWith("ing")) {
      return 1;
    }
    if (word.endsWith("ed")) {
      return lemma.endsWith("t") || lemma.endsWith("d") || lemma.endsWith("te") || lemma.endsWith("de") ? 1 : 0;
    }
    if (word.endsWith("es") && !lemma.endsWith("e")) {
      return endsWithSibilant(lemma) ? 1 : 0;
    }
    if (word.endsWith("s")) {
      return endsWithSibilant(lemma) ? 1 : 0;
    }
    return 0;
  }

  /**
   * Counts syllables from spelling: groups of vowels, less a silent final "e" and a silent "-ed"
   * or "-es", plus hiatus pairs such as "ia" and "eo". At least 1 for a word with a letter.
   */
  static int bySpelling(String w) {
    for (int k = 0; k < SUFFIXES.length; k++) {
      String suffix = SUFFIXES[k];
      int stem = w.length() - suffix.length();
      if (stem >= 3 && w.endsWith(suffix) && hasVowel(w.substring(0, stem))) {
        // a derivational suffix after a stem keeps the stem's silent "e": "advancements", "rarely"
        return bySpelling(w.substring(0, stem)) + SUFFIX_SYLLABLES[k];
      }
    }
    int len = w.length();
    int groups = 0;
    boolean prevVowel = false;
    boolean anyLetter = false;
    for (int i = 0; i < len; i++) {
      char c = w.charAt(i);
      boolean v = isVowel(c, i, w);
      if (Character.isLetter(c)) {
        anyLetter = true;
      }
      if (v && !prevVowel) {
        groups++;
      } else if (v && prevVowel && i > 0 && isHiatus(w.charAt(i - 1), c, i, w)) {
        groups++;
      }
      prevVowel = v;
    }
    if (!anyLetter) {
      return 0;
    }
    if (len > 2 && groups > 1) {
      char last = w.charAt(len - 1);
      char prev = w.charAt(len - 2);
      if (last == 'e' && !isVowel(prev, len - 2, w)) {
        boolean syllabicLe = prev == 'l' && len > 3 && !isVowel(w.charAt(len - 3), len - 3, w);
        if (!syllabicLe) {
          groups--;
        }
      } else if (last == 'd' && prev == 'e' && len > 3) {
        char before = w.charAt(len - 3);
        boolean syllabicLed = before == 'l' && len > 4 && !isVowel(w.charAt(len - 4), len - 4, w)
            && w.charAt(len - 4) != 'l';
        if (before != 't' && before != 'd' && !isVowel(before, len - 3, w) && !syllabicLed) {
          groups--;
        }
      } else if (last == 's' && prev == 'e' && len > 3) {
        char before = w.charAt(len - 3);
        boolean sibilant = before == 's' || before == 'x' || before == 'z' || before == 'c' || before == 'g'
            || (before == 'h' && len > 4 && (w.charAt(len - 4) == 'c' || w.charAt(len - 4) == 's'));
        if (!sibilant && !isVowel(before, len - 3, w) && !(before == 'l' && len > 4 && !isVowel(w.charAt(len - 4), len - 4, w))) {
          groups--;
        }
      }
    }
    if (len > 3 && groups > 0) {
      if (w.endsWith("sm") || w.endsWith("ire") && !isVowel(w.charAt(len - 4), len - 4, w)
          || w.endsWith("ea") && len > 3 && !isVowel(w.charAt(len - 3), len - 3, w)) {
        groups++; // "prism", "hire" (two in CMUdict), "idea"
      } else if ((w.endsWith("ier") || w.endsWith("iest")) && len > 4) {
        char c = w.charAt(w.lastIndexOf('i') - 1);
        if (!isVowel(c, 0, "x") && c != 'c' && c != 's' && c != 't') {
          groups++; // "earlier", "happiest"
        }
      }
    }
    return Math.max(1, groups);
  }

  private static boolean isVowel(char c, int i, String w) {
    switch (c) {
      case 'a': case 'e': case 'i': case 'o': case 'u':
      case '\u00e0': case '\u00e1': case '\u00e2': case '\u00e4': case '\u00e8': case '\u00e9': case '\u00ea':
      case '\u00eb': case '\u00ec': case '\u00ed': case '\u00ee': case '\u00ef': case '\u00f2': case '\u00f3':
      case '\u00f4': case '\u00f6': case '\u00f9': case '\u00fa': case '\u00fb': case '\u00fc':
        return true;
      case 'y':
        return i > 0 && !isVowel(w.charAt(i - 1), i - 1, w);
      default:
        return false;
    }
  }

  /** Two adjacent vowels pronounced apart: "ia" (media), "eo" (video), "ua" (actual), "io" (radio). */
  private static boolean isHiatus(char a, char b, int i, String w) {
    if (a == 'i' && (b == 'a' || b == 'o')) {
      // "-tion", "-sion", "-cian", "-cial", "-tial" are one syllable
      if (i >= 2) {
        char c = w.charAt(i - 2);
        if (c == 't' || c == 's' || c == 'c' || c == 'x' || c == 'g') {
          return false;
        }
      }
      return true;
    }
    if (a == 'e' && b == 'o') {
      return !(i >= 2 && (w.charAt(i - 2) == 'g' || w.charAt(i - 2) == 'c'));
    }
    if (a == 'u' && b == 'o') {
      return i >= 2 && w.charAt(i - 2) != 'q'; // "arduous", "duo"
    }
    if (a == 'u' && b == 'a') {
      return i >= 2 && w.charAt(i - 2) != 'q' && w.charAt(i - 2) != 'g';
    }
    if (a == 'i' && b == 'e' && i + 1 < w.length() && w.charAt(i + 1) == 't') {
      return true; // society, variety
    }
    return false;
  }

  @Override
  String lemma(String w) {
    String ex = lemmaExceptions.get(w);
    if (ex != null) {
      return ex;
    }
    int len = w.length();
    if (len <= 3) {
      return w;
    }
    int hyphen = w.lastIndexOf('-');
    if (hyphen > 0 && hyphen < len - 1) {
      String tail = w.substring(hyphen + 1);
      String lt = lemma(tail);
      return lt.equals(tail) ? w : w.substring(0, hyphen + 1) + lt;
    }
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      return w.substring(0, len - 2);
    }
    if (w.endsWith("s'") || w.endsWith("s\u2019")) {
      return lemma(w.substring(0, len - 1));
    }
    if (w.endsWith("n't") || w.endsWith("n\u2019t")) {
      return w.substring(0, len - 3);
    }
    if (!isAsciiLetters(w)) {
      return w;
    }
    SyllableDictionary d = dictionary();
    if (w.endsWith("ies") && len > 4) {
      return w.substring(0, len - 3) + "y";
    }
    if (w.endsWith("ied") && len > 4) {
      return w.substring(0, len - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zzes")) {
      return w.substring(0, len - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      String stem = w.substring(0, len - 1);
      return d.size() == 0 || d.contains(stem) ? stem : w;
    }
    if (w.endsWith("eed")) {
      return w;
    }
    if (w.endsWith("ed") && len >= 4) {
      return verbStem(w, w.substring(0, len - 2), d);
    }
    if (w.endsWith("ing") && len >= 5) {
      return verbStem(w, w.substring(0, len - 3), d);
    }
    return w;
  }

  private static String verbStem(String w, String stem, SyllableDictionary d) {
    if (!hasVowel(stem)) {
      return w;
    }
    int n = stem.length();
    if (d.size() == 0) {
      return stem;
    }
    char last = stem.charAt(n - 1);
    boolean cvc = n >= 3 && !isVowel(last, n - 1, stem) && isVowel(stem.charAt(n - 2), n - 2, stem)
        && !isVowel(stem.charAt(n - 3), n - 3, stem) && "wxy".indexOf(last) < 0;
    // a dropped "e": "sized" (CVC), "used" (short), "caused", "solved", "argued" (s, v, z, c, g, u)
    boolean doubleS = last == 's' && n >= 2 && stem.charAt(n - 2) == 's';
    if ((cvc || n <= 2 || "svzcgu".indexOf(last) >= 0) && !doubleS && d.contains(stem + "e")) {
      return stem + "e";
    }
    // a doubled consonant: "stopped", "planning"; but "called", "passed", "added" keep theirs
    if (n >= 3 && last == stem.charAt(n - 2) && !isVowel(last, n - 1, stem) && "lsfz".indexOf(last) < 0
        && !(last == 'd' && d.contains(stem)) && d.contains(stem.substring(0, n - 1))) {
      return stem.substring(0, n - 1);
    }
    if (d.contains(stem)) {
      return stem;
    }
    if (d.contains(stem + "e")) {
      return stem + "e";
    }
    return w;
  }

  private static boolean hasVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("aeiouy".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  @Override
  boolean isOrdinalSuffix(String suffix) {
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }

  @Override
  boolean isTimeSuffix(String suffix) {
    return suffix.equals("am") || suffix.equals("pm") || suffix.equals("h");
  }

  @Override
  boolean isNegator(String lower) {
    return super.isNegator(lower) || lower.endsWith("n't") || lower.endsWith("n\u2019t");
  }

  @Override
  boolean isParticiple(String lower) {
    if (adjectivalParticiples.contains(lower)) {
      return false;
    }
    if (participles.contains(lower)) {
      return true;
    }
    int len = lower.length();
    if (len < 4 || !lower.endsWith("ed") || lower.endsWith("eed") && !lemmaExceptions.containsKey(lower)) {
      return false;
    }
    String l = lemma(lower);
    return !l.equals(lower) || lemmaExceptions.containsKey(lower);
  }

  @Override
  boolean isAdverb(String lower) {
    return (lower.endsWith("ly") && lower.length() > 4 && !lower.equals("only"))
        || lower.equals("not") || lower.equals("also") || lower.equals("always") || lower.equals("never")
        || lower.equals("often") || lower.equals("just") || lower.equals("still") || lower.equals("already")
        || lower.equals("being") || lower.equals("been") || lower.equals("all") || lower.equals("then")
        || lower.endsWith("n't");
  }
}
