package io.github.feedbackkit.render;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.ActionOwner;
import io.github.feedbackkit.core.Author;
import io.github.feedbackkit.core.AuthorRole;
import io.github.feedbackkit.core.Channel;
import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.FollowUp;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import io.github.feedbackkit.core.Outcome;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.core.Subject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Seeded documents for property tests: every optional field sometimes present, texts mixing plain
 * words with hostile fragments (markup, event handlers, {@code javascript:} URLs, bidi controls,
 * control characters, emoji, Markdown syntax).
 */
final class GeneratedDocuments {
  static final List<String> HOSTILE = List.of(
      "<script>alert(1)</script>",
      "\" onmouseover=\"alert(1)",
      "' onfocus='alert(2)' x='",
      "<img src=x onerror=alert(3)>",
      "javascript:alert(4)",
      "</bdi></p><script>",
      "\u202Eevil\u202C",
      "\u2067\u05E9\u05DC\u05D5\u05DD",
      "\u202B",
      "\uD83D\uDE00\uD83C\uDF89",
      "\u0000\u0007\u001B[31m\u007F\u0085",
      "\uD800",
      "# heading",
      "## Summary",
      "[link](http://evil.example)",
      "![img](http://evil.example/x.png)",
      "```",
      "~~~",
      "- item",
      "* star",
      "+ plus",
      "1. one",
      "2) two",
      "> quote",
      "    indented code",
      "| a | b |",
      "www.evil.example",
      "https://evil.example/path",
      "mail@evil.example",
      "*bold* _em_ **strong** ~~strike~~",
      "\\",
      "&amp; &lt;b&gt; &#60;",
      "<!-- comment -->",
      "]]>",
      "{{m.greeting}} {{{x}}}",
      "===",
      "---",
      "line\r\nbreak",
      "para\n\n# new heading",
      "Ünïcödé çàfé");
  /** Marks every internal string, so that a test can tell it never reached the recipient. */
  static final String INTERNAL = "internalonly";

  private static final List<String> WORDS = List.of(
      "you", "explained", "the", "cache", "design", "clearly", "in", "round", "two", "tests", "failed", "review");

  private GeneratedDocuments() {}

  /** @return a QuickTheories generator of documents */
  static Gen<Feedback> documents() {
    return SourceDSL.longs().all().map(GeneratedDocuments::document);
  }

  static String text(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int parts = 1 + r.nextInt(5);
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(r.nextInt(3) == 0 ? HOSTILE.get(r.nextInt(HOSTILE.size())) : WORDS.get(r.nextInt(WORDS.size())));
    }
    String s = b.toString();
    return s.isBlank() ? "x" + s : s;
  }

  private static String maybe(SplittableRandom r) {
    return r.nextBoolean() ? text(r) : null;
  }

  static Feedback document(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    boolean candidate = r.nextBoolean();
    Feedback.Builder b = Feedback.builder()
        .id("fb-" + Long.toHexString(seed))
        .kind(candidate ? FeedbackKind.CANDIDATE : FeedbackKind.EMPLOYEE)
        .locale(List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("de-CH"), Locale.FRENCH).get(r.nextInt(4)));
    Subject.Builder s = Subject.builder().id("s-" + r.nextInt(1000));
    if (r.nextInt(4) > 0) {
      s.displayName(text(r));
    }
    b.subject(s.build());
    if (r.nextBoolean()) {
      Author.Builder a = Author.builder().id("a-" + r.nextInt(100)).role(AuthorRole.values()[r.nextInt(AuthorRole.values().length)]);
      if (r.nextBoolean()) {
        a.displayName(text(r));
      }
      b.author(a.build());
    }
    Context.Builder c = Context.builder();
    if (candidate) {
      if (r.nextInt(5) > 0) {
        c.stage(HiringStage.values()[r.nextInt(HiringStage.values().length)]);
      }
      if (r.nextBoolean()) {
        c.position(text(r));
      }
      if (r.nextInt(5) > 0) {
        b.outcome(Outcome.values()[r.nextInt(Outcome.values().length)]);
      }
    } else {
      if (r.nextInt(5) > 0) {
        c.session(SessionType.values()[r.nextInt(SessionType.values().length)]);
      }
      if (r.nextBoolean()) {
        c.project(text(r));
      }
    }
    b.context(c.build());
    b.occurredAt(Instant.parse("2026-11-20T15:00:00Z"));
    if (r.nextBoolean()) {
      b.deliveredAt(Instant.parse("2026-11-21T15:00:00Z"));
    }
    if (r.nextBoolean()) {
      b.channel(Channel.values()[r.nextInt(Channel.values().length)]);
    }
    String summary = maybe(r);
    if (summary != null) {
      b.summary(summary);
    }
    int observations = (summary == null ? 1 : 0) + r.nextInt(5);
    for (int i = 0; i < observations; i++) {
      ObservationType type = ObservationType.values()[r.nextInt(ObservationType.values().length)];
      Observation.Builder o = Observation.builder()
          .type(type)
          .text((type == ObservationType.NOTE ? INTERNAL + "note" + i + " " : "") + text(r));
      String competency = maybe(r);
      if (competency != null) {
        o.competency(competency);
      }
      for (int j = r.nextInt(3); j > 0; j--) {
        o.addEvidence(text(r));
      }
      if (r.nextBoolean()) {
        o.rating(1 + r.nextInt(5));
      }
      b.addObservation(o.build());
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      ActionItem.Builder a = ActionItem.builder().description(text(r));
      if (r.nextBoolean()) {
        a.owner(r.nextBoolean() ? ActionOwner.SUBJECT : ActionOwner.AUTHOR);
      }
      if (r.nextBoolean()) {
        a.dueDate(LocalDate.parse("2026-12-01").plusDays(r.nextInt(60)));
      }
      String measure = maybe(r);
      if (measure != null) {
        a.measure(measure);
      }
      if (r.nextBoolean()) {
        a.resource(URI.create(List.of(
            "https://example.org/course?q=%3Cscript%3E",
            "http://example.org/a'b",
            "javascript:alert(5)",
            "JAVASCRIPT:alert(6)",
            "data:text/html,%3Cscript%3Ealert(7)%3C/script%3E",
            "ftp://example.org/file").get(r.nextInt(6))));
      }
      b.addAction(a.build());
    }
    if (r.nextBoolean()) {
      FollowUp.Builder fu = FollowUp.builder().scheduledFor(LocalDate.parse("2027-01-10"));
      String purpose = maybe(r);
      if (purpose != null) {
        fu.purpose(purpose);
      }
      b.followUp(fu.build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.putMetadata(INTERNAL + "key" + i + text(r), INTERNAL + "value" + i + text(r));
    }
    return b.build();
  }

  /** @return every user-supplied string of the document that the recipient's message must show */
  static List<String> recipientStrings(Feedback f) {
    List<String> out = new ArrayList<>();
    f.subject().displayName().ifPresent(out::add);
    f.author().flatMap(a -> a.displayName()).ifPresent(out::add);
    f.summary().ifPresent(out::add);
    for (Observation o : f.observations()) {
      if (o.type() != ObservationType.NOTE) {
        out.add(o.text());
        o.competency().ifPresent(out::add);
        out.addAll(o.evidence());
      }
    }
    for (ActionItem a : f.actions()) {
      out.add(a.description());
      a.measure().ifPresent(out::add);
      a.resource().ifPresent(u -> out.add(u.toString()));
    }
    f.followUp().flatMap(fu -> fu.purpose()).ifPresent(out::add);
    if (f.kind() == FeedbackKind.CANDIDATE) {
      f.context().flatMap(c -> c.position()).ifPresent(out::add);
    } else {
      f.context().flatMap(c -> c.project()).ifPresent(out::add);
    }
    return out;
  }

  /** @return the internal strings: notes and metadata */
  static List<String> internalStrings(Feedback f) {
    List<String> out = new ArrayList<>();
    for (Observation o : f.observations()) {
      if (o.type() == ObservationType.NOTE) {
        out.add(o.text());
      }
    }
    f.metadata().forEach((k, v) -> {
      out.add(k);
      out.add(v);
    });
    return out;
  }
}
