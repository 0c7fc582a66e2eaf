package io.github.feedbackkit.rules;

/** What a word-like token of an {@link AnalyzedText} is. */
public enum WordKind {
  /** An ordinary word, including contractions ("don't"), hyphenated compounds and dotted abbreviations ("e.g."). */
  WORD,
  /** A number: "3", "1,200", "2.5". */
  NUMBER,
  /** A percentage: "2.5%". */
  PERCENT,
  /** An amount of money: "$3.50", "€20". */
  MONEY,
  /** An ordinal number: "1st", "22nd". */
  ORDINAL,
  /**
   * A date: numeric ("2024-05-01", "5/1/2024", "01.05.2024"), a weekday ("Friday"), or a month
   * name and the day or year numbers next to it ("3 May", "June 14th, 2024"), each word its own token.
   */
  DATE,
  /** A time of day: "10:30", "9am", "5:15pm". */
  TIME,
  /** A web address: "https://example.com/x", "www.example.com". */
  URL,
  /** An e-mail address. */
  EMAIL
}
