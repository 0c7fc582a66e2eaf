package io.github.feedbackkit.render.internal;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.ActionOwner;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.ObservationType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the values that the message and Markdown templates read. Values are maps and lists (the
 * template engine reads them fastest); every user string is made safe for the format here or by
 * the format's escaper.
 */
public final class MessageViews {
  private static final String ITEM_INDENT = "  ";

  private MessageViews() {}

  /**
   * The contexts of a document, most specific first: for a candidate {@code
   * <stage>-<outcome>, <stage>, <outcome>, candidate}; for an employee {@code <session>, employee}.
   * Ids are the enum names in lower case with hyphens, e.g. {@code phone-screen-rejected}.
   *
   * @param f the document
   * @return its contexts
   */
  public static List<String> contexts(Feedback f) {
    List<String> out = new ArrayList<>(4);
    if (f.kind() == FeedbackKind.CANDIDATE) {
      Optional<String> stage = f.context().flatMap(c -> c.stage()).map(MessageViews::id);
      Optional<String> outcome = f.outcome().map(MessageViews::id);
      if (stage.isPresent() && outcome.isPresent()) {
        out.add(stage.get() + "-" + outcome.get());
      }
      stage.ifPresent(out::add);
      outcome.ifPresent(out::add);
      out.add("candidate");
    } else {
      f.context().flatMap(c -> c.session()).map(MessageViews::id).ifPresent(out::add);
      out.add("employee");
    }
    return out;
  }

  /**
   * @param e an enum constant
   * @return its id: lower case, hyphens for underscores
   */
  public static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The view of the message to the candidate or employee.
   *
   * @param f the document
   * @param w the wording for the document's locale
   * @param format the output format
   * @param internal whether to include internal content (notes, ratings, metadata)
   * @param framing whether the template shows the bundled thanks and introduction ({@code framing})
   * @return the view
   */
  public static Map<String, Object> message(
      Feedback f, Wording.Bundle w, Format format, boolean internal, boolean framing) {
    List<String> ctx = contexts(f);
    Optional<String> name = f.subject().displayName();
    Optional<String> position = f.context().flatMap(c -> c.position());
    Optional<String> project = f.context().flatMap(c -> c.project());
    Map<String, String> args = new HashMap<>();
    name.ifPresent(n -> args.put("name", n));
    position.ifPresent(p -> args.put("position", p));
    project.ifPresent(p -> args.put("project", p));
    String variant =
        f.kind() == FeedbackKind.CANDIDATE
            ? (position.isPresent() ? "position" : null)
            : (project.isPresent() ? "project" : null);

    Map<String, Object> m = new HashMap<>();
    m.put("title", format.literal(w.find("title", ctx, null)));
    m.put("greeting", msg(w, format, name.isPresent() ? "greeting.named" : "greeting.anonymous", ctx, null, args));
    m.put("thanks", msg(w, format, "thanks", ctx, variant, args));
    m.put("channel", f.channel().map(ch -> optionalMsg(w, format, "channel." + id(ch), ctx, args)).orElse(""));
    m.put("intro", msg(w, format, "intro", ctx, variant, args));
    m.put("strengths", msg(w, format, "section.strengths", ctx, null, args));
    m.put("improvements", msg(w, format, "section.improvements", ctx, null, args));
    m.put("actions", msg(w, format, "section.actions", ctx, null, args));
    m.put("followUp", msg(w, format, "section.followUp", ctx, null, args));
    m.put("evidence", msg(w, format, "label.evidence", ctx, null, args));
    m.put("who", msg(w, format, "label.owner", ctx, null, args));
    m.put("measure", msg(w, format, "label.measure", ctx, null, args));
    m.put("resource", msg(w, format, "label.resource", ctx, null, args));
    m.put("close", msg(w, format, "close", ctx, null, args));
    m.put("signoff", msg(w, format, "signoff", ctx, null, args));
    m.put("internal", msg(w, format, "section.internal", ctx, null, args));
    m.put("notes", msg(w, format, "section.notes", ctx, null, args));
    m.put("metadata", msg(w, format, "section.metadata", ctx, null, args));

    Map<String, Object> v = new HashMap<>();
    v.put("m", m);
    v.put("lang", Texts.clean(f.locale().toLanguageTag()));
    v.put("framing", framing);
    v.put("summary", paragraphs(f.summary().orElse(""), format));
    List<Map<String, Object>> strengths = observations(f, ObservationType.STRENGTH, w, format, internal, ctx);
    List<Map<String, Object>> improvements =
        observations(f, ObservationType.IMPROVEMENT, w, format, internal, ctx);
    List<Map<String, Object>> notes =
        internal ? observations(f, ObservationType.NOTE, w, format, true, ctx) : List.of();
    v.put("hasStrengths", !strengths.isEmpty());
    v.put("strengthItems", strengths);
    v.put("hasImprovements", !improvements.isEmpty());
    v.put("improvementItems", improvements);
    List<Map<String, Object>> actions = new ArrayList<>();
    for (ActionItem a : f.actions()) {
      actions.add(action(a, w, format, ctx));
    }
    v.put("hasActions", !actions.isEmpty());
    v.put("actionItems", actions);
    v.put(
        "followUpText",
        f.followUp()
            .map(
                fu -> {
                  Map<String, String> a = new HashMap<>(args);
                  a.put("date", w.date(fu.scheduledFor()));
                  fu.purpose().ifPresent(p -> a.put("purpose", p));
                  return msg(w, format, fu.purpose().isPresent() ? "followUp.withPurpose" : "followUp.plain", ctx, null, a);
                })
            .orElse(""));
    // without the author's name, the message is signed by the bundle's team (never left unsigned)
    v.put("author", format.user(f.author().flatMap(a -> a.displayName()).orElseGet(() -> wording(w, "signature", ctx, null)), ""));
    List<Map<String, Object>> metadata = new ArrayList<>();
    if (internal) {
      f.metadata().forEach((k, val) -> metadata.add(Map.of("key", format.user(k, ""), "value", format.user(val, ITEM_INDENT))));
    }
    boolean hasInternal = !notes.isEmpty() || !metadata.isEmpty();
    v.put("hasInternal", hasInternal);
    v.put("hasNotes", !notes.isEmpty());
    v.put("noteItems", notes);
    v.put("hasMetadata", !metadata.isEmpty());
    v.put("metadataItems", metadata);
    return v;
  }

  private static List<String> paragraphs(String text, Format format) {
    List<String> out = new ArrayList<>();
    for (String p : Texts.paragraphs(text)) {
      out.add(format.user(p, ""));
    }
    return out;
  }

  private static List<Map<String, Object>> observations(
      Feedback f, ObservationType type, Wording.Bundle w, Format format, boolean internal, List<String> ctx) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Observation o : f.observations()) {
      if (o.type() != type) {
        continue;
      }
      Map<String, Object> item = new HashMap<>();
      item.put("competency", o.competency().map(c -> format.user(c, ITEM_INDENT)).orElse(""));
      item.put("text", format.user(o.text(), ITEM_INDENT));
      List<String> evidence = new ArrayList<>();
      for (String e : o.evidence()) {
        evidence.add(format.user(e, ITEM_INDENT + ITEM_INDENT));
      }
      item.put("hasEvidence", !evidence.isEmpty());
      item.put("evidenceItems", evidence);
      item.put(
          "rating",
          internal && o.rating().isPresent()
              ? msg(w, format, "label.rating", ctx, null, Map.of("rating", o.rating().get().toString()))
              : "");
      out.add(item);
    }
    return out;
  }

  private static Map<String, Object> action(ActionItem a, Wording.Bundle w, Format format, List<String> ctx) {
    Map<String, Object> item = new HashMap<>();
    item.put("description", format.user(a.description(), ITEM_INDENT));
    item.put(
        "owner",
        a.owner().map(o -> format.literal(w.require(o == ActionOwner.SUBJECT ? "owner.subject" : "owner.author"))).orElse(""));
    item.put("due", a.dueDate().map(d -> msg(w, format, "label.due", ctx, null, Map.of("date", w.date(d)))).orElse(""));
    item.put("measureText", a.measure().map(s -> format.user(s, ITEM_INDENT + ITEM_INDENT)).orElse(""));
    Optional<String> link = a.resource().flatMap(Texts::httpLink);
    item.put("href", link.orElse(""));
    item.put("resourceText", a.resource().map(u -> format.user(u.toString(), "")).orElse(""));
    item.put("hasResource", a.resource().isPresent());
    return item;
  }

  private static String wording(Wording.Bundle w, String key, List<String> ctx, String variant) {
    String s = w.find(key, ctx, variant);
    if (s == null) {
      throw new IllegalStateException("message '" + key + "' missing from the bundled wording");
    }
    return s;
  }

  private static String msg(
      Wording.Bundle w, Format format, String key, List<String> ctx, String variant, Map<String, String> args) {
    return Wording.format(wording(w, key, ctx, variant), args, format::literal, format::arg);
  }

  private static String optionalMsg(
      Wording.Bundle w, Format format, String key, List<String> ctx, Map<String, String> args) {
    String pattern = w.find(key, ctx, null);
    return pattern == null || pattern.isBlank() ? "" : Wording.format(pattern, args, format::literal, format::arg);
  }
}
