package io.github.feedbackkit.render.internal;

import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.Observation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the view of the Markdown record (ATS notes): every field of the document, labelled, with
 * every user string escaped for Markdown. Enum values are written as in the JSON form, times as
 * ISO-8601.
 */
public final class RecordViews {
  private static final Format F = Format.MARKDOWN;
  private static final String IN_ITEM = "  ";
  private static final String IN_SUB = "    ";

  private RecordViews() {}

  /**
   * @param f the document
   * @return the view of the Markdown record
   */
  public static Map<String, Object> markdown(Feedback f) {
    Map<String, Object> v = new HashMap<>();
    v.put("id", F.user(f.id(), ""));
    putOwn(v, "kind", Optional.of(f.kind().name()));
    put(v, "subjectId", Optional.of(f.subject().id()));
    put(v, "subjectName", f.subject().displayName());
    put(v, "authorId", f.author().map(a -> a.id()));
    put(v, "authorName", f.author().flatMap(a -> a.displayName()));
    putOwn(v, "authorRole", f.author().flatMap(a -> a.role()).map(Enum::name));
    putOwn(v, "stage", f.context().flatMap(c -> c.stage()).map(Enum::name));
    putOwn(v, "session", f.context().flatMap(c -> c.session()).map(Enum::name));
    put(v, "position", f.context().flatMap(c -> c.position()));
    put(v, "project", f.context().flatMap(c -> c.project()));
    putOwn(v, "occurredAt", f.occurredAt().map(Object::toString));
    putOwn(v, "deliveredAt", f.deliveredAt().map(Object::toString));
    putOwn(v, "channel", f.channel().map(Enum::name));
    putOwn(v, "locale", Optional.of(f.locale().toLanguageTag()));
    putOwn(v, "outcome", f.outcome().map(Enum::name));

    List<String> summary = new ArrayList<>();
    f.summary().ifPresent(s -> summary.add(F.user(s, "")));
    v.put("hasSummary", !summary.isEmpty());
    v.put("summary", summary);

    List<Map<String, Object>> observations = new ArrayList<>();
    int i = 1;
    for (Observation o : f.observations()) {
      Map<String, Object> item = new HashMap<>();
      item.put("n", i++);
      item.put("type", o.type().name());
      item.put("competency", o.competency().map(c -> F.user(c, IN_ITEM)).orElse(""));
      item.put("rating", o.rating().map(r -> r + "/5").orElse(""));
      item.put("text", F.user(o.text(), IN_ITEM));
      List<String> evidence = new ArrayList<>();
      o.evidence().forEach(e -> evidence.add(F.user(e, IN_SUB)));
      item.put("evidence", evidence);
      observations.add(item);
    }
    v.put("hasObservations", !observations.isEmpty());
    v.put("observations", observations);

    List<Map<String, Object>> actions = new ArrayList<>();
    i = 1;
    for (ActionItem a : f.actions()) {
      Map<String, Object> item = new HashMap<>();
      item.put("n", i++);
      item.put("description", F.user(a.description(), IN_ITEM));
      item.put("owner", a.owner().map(Enum::name).orElse(""));
      item.put("due", a.dueDate().map(Object::toString).orElse(""));
      item.put("measure", a.measure().map(s -> F.user(s, IN_SUB)).orElse(""));
      Optional<String> link = a.resource().flatMap(Texts::httpLink);
      item.put("link", link.orElse(""));
      item.put("resourceText", link.isPresent() ? "" : a.resource().map(u -> F.user(u.toString(), "")).orElse(""));
      actions.add(item);
    }
    v.put("hasActions", !actions.isEmpty());
    v.put("actions", actions);

    v.put("hasFollowUp", f.followUp().isPresent());
    v.put("followUpDate", f.followUp().map(fu -> fu.scheduledFor().toString()).orElse(""));
    v.put("followUpPurpose", f.followUp().flatMap(fu -> fu.purpose()).map(p -> F.user(p, IN_ITEM)).orElse(""));

    List<Map<String, String>> metadata = new ArrayList<>();
    f.metadata().forEach((k, val) -> metadata.add(Map.of("key", F.user(k, ""), "value", F.user(val, IN_ITEM))));
    v.put("hasMetadata", !metadata.isEmpty());
    v.put("metadata", metadata);
    return v;
  }

  /** Values the renderer itself spells (enum names, ISO-8601 times, BCP 47 tags): no Markdown meaning. */
  private static void putOwn(Map<String, Object> v, String key, Optional<String> value) {
    v.put(key, value.orElse(""));
  }

  private static void put(Map<String, Object> v, String key, Optional<String> value) {
    v.put(key, value.map(s -> F.user(s, IN_ITEM)).orElse(""));
  }
}
