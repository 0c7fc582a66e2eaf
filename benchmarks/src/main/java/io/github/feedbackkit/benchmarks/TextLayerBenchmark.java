package io.github.feedbackkit.benchmarks;

import io.github.feedbackkit.rules.AnalyzedText;
import io.github.feedbackkit.rules.internal.text.TextAnalyzer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the text layer ({@link TextAnalyzer#analyze(String)}: tokens, sentences, lemmas,
 * syllables, negation, quotations, hedges, passive voice, metrics) on realistic feedback, next to a
 * bare pass over the same characters as the lower bound. {@code size} is the realistic corpus
 * itself ({@code corpus}, about 6 KB of twenty feedback notes) or the corpus repeated to 1 KB,
 * 100 KB and 1 MB, to show that the cost grows linearly. MB/s = ops/s × {@link #bytes()} / 10^6.
 *
 * <p>Run with {@code java -cp <benchmarks classpath> org.openjdk.jmh.Main TextLayerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextLayerBenchmark {

  /** Twenty feedback notes written for this benchmark, in the styles the SDK meets. */
  static final String CORPUS = """
      In the system-design round you sized the cache from the read/write ratio before choosing Redis, \
      which was exactly the right order. Two of your three answers in the behavioural interview had no \
      concrete example, so we could not tell what you did yourself. Next time, pick one story per \
      question and say what you decided, what happened and what you would change.

      Strengths:
      - clear structure in the design doc (sections 1-4 read well)
      - calm under pressure when the demo failed at 10:30
      - asked good questions, e.g. about the SLA and the p99 latency
      Areas to improve:
      - estimates were off by ~40% on the last two sprints
      - the retro notes were shared three days late

      Priya led the migration of the billing service to the new cluster. She wrote the runbook, \
      rehearsed the cut-over twice with the on-call team and kept the downtime to 4 minutes instead of \
      the 30 we had budgeted. I have no doubts that she is ready for the senior role. The only gap I \
      see is delegation: she still reviews every pull request herself, which slows the team down.

      Your presentation to the steering committee on 2024-03-14 was well received. The slides were \
      easy to follow and the cost figures ($42,500 per quarter, down 12.5%) were accurate. However, \
      when Dr. Okafor asked about the risks, you said "we'll figure it out later", which did not \
      reassure anyone. Prepare a short risk table for the next review.

      Honestly, the code quality has been kind of inconsistent. Some modules are great; others were \
      written in a hurry and are not tested at all. Maybe it's the deadline pressure? I'd suggest we \
      agree on a definition of done that includes tests, and that you pair with Tom on the payment \
      module for a week.

      Candidate was polite and punctual. Technical knowledge seemed ok. Not sure about culture fit. \
      Would probably be fine in the team but hard to say.

      You handled the customer escalation on Friday very well. The client (Acme Inc.) was angry about \
      the double charge, and you listened first, confirmed the facts with finance and called back \
      within two hours with a refund and an apology. That is the standard we want. Please write a \
      short note in the wiki so that others can learn from it.

      1. Share the agenda a day before the meeting.
      2. Start with the decision you need, not the background.
      3. End with owners and dates for every action.
      These three habits would make your meetings shorter and your decisions clearer.

      The take-home assignment was complete and the README explained how to run it. Tests covered \
      the main paths but not the edge cases: empty input, a 1 MB file, and malformed dates were not \
      handled. In the follow-up call you explained the trade-offs clearly and admitted what you would \
      do differently. We recommend moving to the on-site round.

      Over the last quarter, you took ownership of the onboarding programme. Eleven new hires went \
      through it, and their average time to first merged change fell from 9 days to 4. The survey \
      scores (4.6/5) speak for themselves. What I would like to see next is that you document the \
      programme so that it does not depend on you alone.

      The interview was cut short because of a scheduling conflict, so this assessment is partial. \
      In the 25 minutes we had, the candidate walked through the architecture of a payments platform \
      at a fintech start-up, covering idempotency keys, retries with back-off and reconciliation jobs. \
      The answers were precise. We should schedule a second conversation before deciding.

      I was really impressed by how you ran the incident review after the outage on 3 May. You kept \
      it blameless, you made sure every timeline entry had a source, and the five follow-up actions \
      all have owners. Two of them are still open, though; please chase them before the end of the month.

      Great attitude!! Always willing to help. Super energetic and a real team player.

      Your written communication is clear, but in meetings you sometimes interrupt others before they \
      finish. In Tuesday's planning session this happened four times with Jamal. It was probably not \
      intentional, but it meant his estimate for the search feature was never heard. Try waiting two \
      seconds after someone stops before you speak, and ask quiet people directly for their view.

      Mr. Lee's portfolio shows strong visual design skills. The case study on the checkout redesign \
      explains the research (12 user interviews, 2 usability rounds) and the result: conversion rose \
      from 2.1% to 2.9%. The other two case studies are thinner and focus on the final screens rather \
      than the process. For the next round, ask him to walk through one decision he got wrong.

      The quarterly goals were met: the API latency target (p95 < 200 ms) was reached in week 9, and \
      the error budget was never exceeded. The documentation goal was missed; only 3 of the 8 planned \
      guides were published. Let's discuss on Thursday whether that goal was realistic or whether the \
      priorities shifted.

      Feedback for the hiring panel, 9:00-12:00 session: the candidate arrived late (about 15 minutes) \
      but had emailed the recruiter at 8:40 to warn us. Her answers on SQL were excellent; she wrote \
      a correct window query without hesitating. On the system-design question she was less sure and \
      asked for hints twice. Overall a solid hire for the data team; I'd vote yes.

      You've become the person others go to when the build breaks. That's a compliment, but it's also \
      a risk: last month you spent roughly 30% of your time on other teams' pipelines. Let's agree \
      with your manager on how much of that is part of your role, and write it down.

      The review of the mobile release was thorough. You found the crash on Android 12 (see \
      https://tracker.example.com/issues/4521) and a memory leak in the image cache, both before the \
      release went out. One suggestion: file issues as you find them instead of in a batch at the end, \
      so the developers can start fixing sooner.

      He doesn't seem very motivated lately. Attendance at stand-ups is irregular and the last two \
      tasks were late. I haven't talked to him about it yet. Before the next review, I will meet him \
      one-to-one, ask what is going on, and agree on two concrete goals for the next month.
      """;

  /** The size of the analysed text. */
  @Param({"corpus", "1KB", "100KB", "1MB"})
  public String size;

  private String text;
  private TextAnalyzer analyzer;

  /** Builds the text and warms the analyzer's lexicons up. */
  @Setup
  public void setUp() {
    analyzer = TextAnalyzer.forLocale(Locale.ENGLISH);
    int target = switch (size) {
      case "1KB" -> 1_000;
      case "100KB" -> 100_000;
      case "1MB" -> 1_000_000;
      default -> CORPUS.length();
    };
    StringBuilder b = new StringBuilder(target + CORPUS.length());
    while (b.length() < target) {
      b.append(CORPUS).append('\n');
    }
    text = b.substring(0, target);
    analyzer.analyze(text);
  }

  /** @return the number of UTF-8 bytes of the text, to turn ops/s into MB/s */
  public int bytes() {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** @return the analysed text */
  @Benchmark
  public AnalyzedText analyze() {
    return analyzer.analyze(text);
  }

  /** @return letters and whitespace counted char by char ({@link Floor}): the floor of any analysis */
  @Benchmark
  public int characterScan() {
    return Floor.countLettersAndWhitespace(text);
  }
}
