package io.github.feedbackkit.testkit.internal;

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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes valid feedback documents: kind-consistent context and outcome, dates in order, every
 * optional part sometimes present, texts from a {@link TextMaker}. One instance per document.
 */
public final class DocumentMaker {
  static final int NAME = 200;
  static final int TEXT = 20_000;
  static final int SHORT_TEXT = 2_000;
  static final int ID = 128;
  private static final String ID_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";
  private static final List<String> LOCALES =
      List.of("en", "en-GB", "en-US", "de-DE", "de-CH", "fr-FR", "es-ES", "pt-BR", "nl", "sv-SE",
          "ja-JP", "ar-EG", "he-IL", "hi-IN", "zh-Hans-CN");
  private static final List<String> METADATA_KEYS =
      List.of("ats.requisition", "ats.application", "hris.employee", "source", "batch", "region");
  private static final AuthorRole[] CANDIDATE_ROLES = {
    AuthorRole.INTERVIEWER, AuthorRole.RECRUITER, AuthorRole.HIRING_MANAGER
  };
  private static final AuthorRole[] EMPLOYEE_ROLES = {
    AuthorRole.MANAGER, AuthorRole.PEER, AuthorRole.MENTOR, AuthorRole.SELF
  };
  private static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
  private static final long SPAN_SECONDS = 11L * 365 * 24 * 3600;

  final Rng rng;
  final TextMaker text;
  final int size;

  /**
   * @param rng the randomness
   * @param hostile whether texts carry hostile fragments
   * @param size the size knob
   */
  public DocumentMaker(Rng rng, boolean hostile, int size) {
    this.rng = rng;
    this.size = size;
    this.text = new TextMaker(PhraseBank.standard(), rng, hostile, size);
  }

  /**
   * @param kind the kind
   * @param withEvent whether {@code occurredAt} must be present
   * @return a valid document
   */
  public Feedback valid(FeedbackKind kind, boolean withEvent) {
    boolean candidate = kind == FeedbackKind.CANDIDATE;
    Instant event = EARLIEST.plusSeconds(rng.below(SPAN_SECONDS));
    if (rng.chance(20)) {
      event = event.plusMillis(rng.below(1000));
    }
    LocalDate eventDay = LocalDate.ofInstant(event, ZoneOffset.UTC);
    Feedback.Builder b =
        Feedback.builder()
            .id(id(candidate ? "fb-c-" : "fb-e-"))
            .kind(kind)
            .subject(subject(candidate));
    if (rng.chance(70)) {
      b.author(author(candidate));
    }
    if (rng.chance(75)) {
      b.context(context(candidate));
    }
    if (withEvent || rng.chance(85)) {
      b.occurredAt(event);
    }
    if (rng.chance(60)) {
      b.deliveredAt(rng.chance(10) ? event : event.plusSeconds(rng.below(30L * 24 * 3600)));
    }
    if (rng.chance(60)) {
      b.channel(rng.pick(Channel.values()));
    }
    if (rng.chance(50)) {
      b.locale(Locale.forLanguageTag(rng.pick(LOCALES)));
    }
    int observations = rng.between(0, Math.min(size, 100));
    for (int i = 0; i < observations; i++) {
      b.addObservation(observation());
    }
    if (observations == 0 || rng.chance(80)) {
      b.summary(text.paragraph(rng.between(1, Math.max(1, size / 2)), TEXT));
    }
    int actions = rng.between(0, Math.min((size + 1) / 2, 100));
    for (int i = 0; i < actions; i++) {
      b.addAction(action(eventDay));
    }
    if (rng.chance(30)) {
      b.followUp(followUp(eventDay));
    }
    if (candidate && rng.chance(50)) {
      b.outcome(rng.pick(Outcome.values()));
    }
    if (rng.chance(30)) {
      int entries = rng.between(1, Math.min(5, size + 1));
      for (int i = 0; i < entries; i++) {
        b.putMetadata(rng.pick(METADATA_KEYS) + "." + i, metadataValue());
      }
    }
    return b.build();
  }

  String id(String prefix) {
    if (rng.chance(15)) {
      StringBuilder s = new StringBuilder();
      int length = rng.between(1, ID);
      for (int i = 0; i < length; i++) {
        s.append(ID_CHARS.charAt(rng.below(ID_CHARS.length())));
      }
      return s.toString();
    }
    return prefix + Long.toHexString(rng.nextLong() >>> 16);
  }

  Subject subject(boolean candidate) {
    Subject.Builder s = Subject.builder().id(id(candidate ? "cand-" : "emp-"));
    if (rng.chance(70)) {
      s.displayName(text.personName(NAME));
    }
    return s.build();
  }

  Author author(boolean candidate) {
    Author.Builder a = Author.builder().id(id("auth-"));
    if (rng.chance(60)) {
      a.displayName(text.personName(NAME));
    }
    if (rng.chance(60)) {
      a.role(rng.pick(candidate ? CANDIDATE_ROLES : EMPLOYEE_ROLES));
    }
    return a.build();
  }

  Context context(boolean candidate) {
    Context.Builder c = Context.builder();
    if (candidate && rng.chance(70)) {
      c.stage(rng.pick(HiringStage.values()));
    }
    if (!candidate && rng.chance(70)) {
      c.session(rng.pick(SessionType.values()));
    }
    if (rng.chance(candidate ? 50 : 30)) {
      c.position(text.phrase("position", NAME));
    }
    if (rng.chance(candidate ? 20 : 50)) {
      c.project(text.phrase("project", NAME));
    }
    return c.build();
  }

  Observation observation() {
    ObservationType type = rng.pick(ObservationType.values());
    String section =
        type == ObservationType.STRENGTH ? "strength" : type == ObservationType.IMPROVEMENT ? "improvement" : "note";
    Observation.Builder o = Observation.builder().type(type).text(text.phrase(section, TEXT));
    if (rng.chance(40)) {
      o.competency(text.phrase("competency", NAME));
    }
    if (rng.chance(40)) {
      int evidence = rng.between(1, Math.max(1, Math.min(size / 3, 50)));
      for (int i = 0; i < evidence; i++) {
        o.addEvidence(text.phrase("evidence", TEXT));
      }
    }
    if (rng.chance(50)) {
      o.rating(rng.between(1, 5));
    }
    return o.build();
  }

  ActionItem action(LocalDate eventDay) {
    ActionItem.Builder a = ActionItem.builder().description(text.phrase("action", TEXT));
    if (rng.chance(60)) {
      a.owner(rng.pick(ActionOwner.values()));
    }
    if (rng.chance(50)) {
      a.dueDate(eventDay.plusDays(rng.below(120)));
    }
    if (rng.chance(40)) {
      a.measure(text.phrase("measure", SHORT_TEXT));
    }
    if (rng.chance(30)) {
      a.resource(resource());
    }
    return a.build();
  }

  URI resource() {
    String scheme = rng.chance(80) ? "https" : "http";
    String host = rng.pick(List.of("example.org", "learn.example.com", "www.example.net"));
    String path = TextMaker.slug(rng.pick(PhraseBank.standard().section("tool")));
    String query = rng.chance(20) ? "?ref=feedback&n=" + rng.below(100) : "";
    return URI.create(scheme + "://" + host + "/" + path + query);
  }

  FollowUp followUp(LocalDate eventDay) {
    FollowUp.Builder f = FollowUp.builder().scheduledFor(eventDay.plusDays(rng.below(90)));
    if (rng.chance(60)) {
      f.purpose(text.phrase("purpose", SHORT_TEXT));
    }
    return f.build();
  }

  String metadataValue() {
    return rng.chance(70) ? "REQ-" + rng.below(100_000) : text.phrase("project", SHORT_TEXT);
  }

  /**
   * @param sentences how many sentences after the opening
   * @return a free-text feedback paragraph
   */
  public String paragraph(int sentences) {
    return text.paragraph(sentences, TEXT);
  }

  /** @return a list of valid observations */
  List<Observation> observations(int n) {
    List<Observation> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(observation());
    }
    return list;
  }

  /** @return a map of valid metadata entries */
  Map<String, String> metadata(int n) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      map.put("key." + i, "v" + i);
    }
    return map;
  }
}
