package io.github.feedbackkit.render.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes a {@link QualityPolicy} as a small JSON file. Every key is optional; what is
 * left out keeps its default. Unknown keys, wrong types and bad values are refused with an error
 * naming the key ({@code timeliness.stages.OFER: unknown hiring stage ...}).
 *
 * <pre>{@code
 * {
 *   "schema": "feedbackkit-policy/1",
 *   "passThreshold": 60,
 *   "weights": {"fairness": 2, "clarity": 0.5},
 *   "timeliness": {
 *     "candidate": {"businessDays": 2},
 *     "employee": {"calendarDays": 7},
 *     "stages": {"OFFER": {"businessDays": 1}},
 *     "sessions": {"RECOGNITION": {"calendarDays": 3}}
 *   },
 *   "calendar": {"zone": "Europe/Berlin", "weekendDays": ["SATURDAY", "SUNDAY"], "holidays": ["2026-12-25"]},
 *   "disabledRules": ["clarity/hidden-actor"],
 *   "severities": {"fairness/gender-coded": "warning"},
 *   "lexicons": {"jargon": {"add": ["tiger team"], "remove": ["bandwidth"]}},
 *   "allowedPhrases": ["growth mindset"],
 *   "locale": "en"
 * }
 * }</pre>
 *
 * <pre>{@code
 * QualityPolicy policy = PolicyJson.read(Path.of("policy.json"));
 * FeedbackAnalyzer analyzer = FeedbackAnalyzer.builder().policy(policy).build();
 * }</pre>
 *
 * <p>Thread-safe; no state.
 */
public final class PolicyJson {
  /** The value of the optional {@code schema} key. */
  public static final String SCHEMA = "feedbackkit-policy/1";

  /** The largest policy file read, in characters. */
  public static final int MAX_LENGTH = 1024 * 1024;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(JsonParser.Feature.ALLOW_COMMENTS)
      .build();

  private static final Set<String> TOP = Set.of("schema", "passThreshold", "weights", "timeliness", "calendar",
      "disabledRules", "severities", "lexicons", "allowedPhrases", "locale");

  private PolicyJson() {}

  /**
   * @param path a policy file
   * @return the policy
   * @throws FeedbackJsonException naming the file and the key when the file is invalid
   * @throws IOException when it cannot be read
   */
  public static QualityPolicy read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    return read(Files.readString(path, StandardCharsets.UTF_8), path.toString());
  }

  /**
   * @param in a policy file's bytes (UTF-8)
   * @param source the name to use in errors
   * @return the policy
   * @throws FeedbackJsonException naming the source and the key when the policy is invalid
   * @throws IOException when it cannot be read
   */
  public static QualityPolicy read(InputStream in, String source) throws IOException {
    return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
  }

  /**
   * @param json a policy as JSON
   * @param source the name to use in errors (a file name)
   * @return the policy
   * @throws FeedbackJsonException naming the source and the key when the policy is invalid
   */
  public static QualityPolicy read(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    if (json.length() > MAX_LENGTH) {
      throw new FeedbackJsonException(source, 0, 0, null, "policy file larger than " + MAX_LENGTH + " characters");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new FeedbackJsonException(source, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), null,
          "malformed JSON: " + e.getOriginalMessage());
    }
    return new Reader(source).policy(root);
  }

  /**
   * @param policy a policy
   * @return its JSON form (every key written, pretty-printed)
   */
  public static String write(QualityPolicy policy) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    o.put("passThreshold", policy.passThreshold());
    ObjectNode weights = o.putObject("weights");
    policy.weights().forEach((d, w) -> weights.put(d.id(), w));
    ObjectNode t = o.putObject("timeliness");
    t.set("candidate", window(policy.kindWindows().get(FeedbackKind.CANDIDATE)));
    t.set("employee", window(policy.kindWindows().get(FeedbackKind.EMPLOYEE)));
    ObjectNode stages = t.putObject("stages");
    policy.stageWindows().forEach((k, v) -> stages.set(k.name(), window(v)));
    ObjectNode sessions = t.putObject("sessions");
    policy.sessionWindows().forEach((k, v) -> sessions.set(k.name(), window(v)));
    ObjectNode cal = o.putObject("calendar");
    cal.put("zone", policy.zone().getId());
    ArrayNode weekend = cal.putArray("weekendDays");
    policy.weekendDays().forEach(d -> weekend.add(d.name()));
    ArrayNode holidays = cal.putArray("holidays");
    policy.holidays().forEach(d -> holidays.add(d.toString()));
    ArrayNode disabled = o.putArray("disabledRules");
    policy.disabledRules().forEach(disabled::add);
    ObjectNode sev = o.putObject("severities");
    policy.severities().forEach((k, v) -> sev.put(k, v.id()));
    ObjectNode lex = o.putObject("lexicons");
    for (String name : QualityPolicy.LEXICONS) {
      var add = policy.lexiconAdditions().getOrDefault(name, java.util.List.of());
      var remove = policy.lexiconRemovals().getOrDefault(name, Set.of());
      if (!add.isEmpty() || !remove.isEmpty()) {
        ObjectNode l = lex.putObject(name);
        add.forEach(l.putArray("add")::add);
        remove.forEach(l.putArray("remove")::add);
      }
    }
    ArrayNode allowed = o.putArray("allowedPhrases");
    policy.allowedPhrases().forEach(allowed::add);
    o.put("locale", policy.locale().toLanguageTag());
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write policy", e);
    }
  }

  private static ObjectNode window(QualityPolicy.Window w) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put(w.businessDays() ? "businessDays" : "calendarDays", w.days());
    return n;
  }

  /** Reads one policy, naming the source and key path in every error. */
  private static final class Reader {
    private final String source;

    Reader(String source) {
      this.source = source;
    }

    QualityPolicy policy(JsonNode root) {
      ObjectNode o = object(root, "(root)");
      keys(o, "", TOP);
      QualityPolicy.Builder b = QualityPolicy.builder();
      if (o.has("schema") && !SCHEMA.equals(text(o.get("schema"), "schema"))) {
        throw fail("schema", "expected \"" + SCHEMA + "\"");
      }
      apply("passThreshold", () -> {
        if (o.has("passThreshold")) {
          b.passThreshold(integer(o.get("passThreshold"), "passThreshold", 0, 100));
        }
      });
      if (o.has("weights")) {
        fields(object(o.get("weights"), "weights"), (k, v) -> {
          String key = "weights." + k;
          apply(key, () -> b.weight(Dimension.of(k), number(v, key)));
        });
      }
      if (o.has("timeliness")) {
        timeliness(object(o.get("timeliness"), "timeliness"), b);
      }
      if (o.has("calendar")) {
        calendar(object(o.get("calendar"), "calendar"), b);
      }
      if (o.has("disabledRules")) {
        strings(o.get("disabledRules"), "disabledRules", (key, v) -> apply(key, () -> b.disableRule(v)));
      }
      if (o.has("severities")) {
        fields(object(o.get("severities"), "severities"), (k, v) -> {
          String key = "severities." + k;
          apply(key, () -> b.severity(k, Severity.fromId(text(v, key))));
        });
      }
      if (o.has("lexicons")) {
        fields(object(o.get("lexicons"), "lexicons"), (name, v) -> {
          String key = "lexicons." + name;
          if (!QualityPolicy.LEXICONS.contains(name)) {
            throw fail(key, "unknown word list; expected one of " + QualityPolicy.LEXICONS);
          }
          ObjectNode l = object(v, key);
          keys(l, key + ".", Set.of("add", "remove"));
          if (l.has("add")) {
            strings(l.get("add"), key + ".add", (k2, p) -> apply(k2, () -> b.addLexiconEntry(name, p)));
          }
          if (l.has("remove")) {
            strings(l.get("remove"), key + ".remove", (k2, p) -> apply(k2, () -> b.removeLexiconEntry(name, p)));
          }
        });
      }
      if (o.has("allowedPhrases")) {
        strings(o.get("allowedPhrases"), "allowedPhrases", (key, v) -> apply(key, () -> b.allowPhrase(v)));
      }
      if (o.has("locale")) {
        String tag = text(o.get("locale"), "locale");
        Locale l = Locale.forLanguageTag(tag);
        if (tag.isBlank() || l.getLanguage().isEmpty()) {
          throw fail("locale", "not a BCP 47 language tag: \"" + tag + "\"");
        }
        b.locale(l);
      }
      return b.build();
    }

    private void timeliness(ObjectNode t, QualityPolicy.Builder b) {
      keys(t, "timeliness.", Set.of("candidate", "employee", "stages", "sessions"));
      if (t.has("candidate")) {
        b.window(FeedbackKind.CANDIDATE, window(t.get("candidate"), "timeliness.candidate"));
      }
      if (t.has("employee")) {
        b.window(FeedbackKind.EMPLOYEE, window(t.get("employee"), "timeliness.employee"));
      }
      if (t.has("stages")) {
        fields(object(t.get("stages"), "timeliness.stages"), (k, v) -> {
          String key = "timeliness.stages." + k;
          b.window(enumValue(HiringStage.class, k, key, "hiring stage"), window(v, key));
        });
      }
      if (t.has("sessions")) {
        fields(object(t.get("sessions"), "timeliness.sessions"), (k, v) -> {
          String key = "timeliness.sessions." + k;
          b.window(enumValue(SessionType.class, k, key, "session type"), window(v, key));
        });
      }
    }

    private void calendar(ObjectNode c, QualityPolicy.Builder b) {
      keys(c, "calendar.", Set.of("zone", "weekendDays", "holidays"));
      if (c.has("zone")) {
        String z = text(c.get("zone"), "calendar.zone");
        try {
          b.zone(ZoneId.of(z));
        } catch (DateTimeException e) {
          throw fail("calendar.zone", "unknown time zone \"" + z + "\" (use an id such as Europe/Berlin or UTC)");
        }
      }
      if (c.has("weekendDays")) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        strings(c.get("weekendDays"), "calendar.weekendDays",
            (key, v) -> days.add(enumValue(DayOfWeek.class, v.toUpperCase(Locale.ROOT), key, "day of the week")));
        apply("calendar.weekendDays", () -> b.weekendDays(days));
      }
      if (c.has("holidays")) {
        strings(c.get("holidays"), "calendar.holidays", (key, v) -> {
          try {
            b.holiday(LocalDate.parse(v));
          } catch (DateTimeException e) {
            throw fail(key, "not an ISO date (YYYY-MM-DD): \"" + v + "\"");
          }
        });
      }
    }

    private QualityPolicy.Window window(JsonNode n, String key) {
      ObjectNode o = object(n, key);
      keys(o, key + ".", Set.of("businessDays", "calendarDays"));
      if (o.size() != 1) {
        throw fail(key, "expected exactly one of businessDays or calendarDays");
      }
      boolean business = o.has("businessDays");
      String k = key + (business ? ".businessDays" : ".calendarDays");
      int days = integer(o.get(business ? "businessDays" : "calendarDays"), k, 0, 365);
      return business ? QualityPolicy.Window.businessDays(days) : QualityPolicy.Window.calendarDays(days);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String name, String key, String what) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name)) {
          return e;
        }
      }
      StringBuilder sb = new StringBuilder();
      for (E e : type.getEnumConstants()) {
        sb.append(sb.length() == 0 ? "" : ", ").append(e.name());
      }
      throw fail(key, "unknown " + what + " \"" + name + "\"; expected one of " + sb);
    }

    private void apply(String key, Runnable r) {
      try {
        r.run();
      } catch (FeedbackJsonException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw fail(key, e.getMessage());
      }
    }

    private void keys(ObjectNode o, String prefix, Set<String> allowed) {
      Iterator<String> it = o.fieldNames();
      while (it.hasNext()) {
        String k = it.next();
        if (!allowed.contains(k)) {
          throw fail(prefix + k, "unknown key; expected one of " + new java.util.TreeSet<>(allowed));
        }
      }
    }

    private void fields(ObjectNode o, java.util.function.BiConsumer<String, JsonNode> each) {
      Iterator<Map.Entry<String, JsonNode>> it = o.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        each.accept(e.getKey(), e.getValue());
      }
    }

    private void strings(JsonNode n, String key, java.util.function.BiConsumer<String, String> each) {
      if (!n.isArray()) {
        throw fail(key, "expected an array of strings");
      }
      for (int i = 0; i < n.size(); i++) {
        String k = key + "[" + i + "]";
        each.accept(k, text(n.get(i), k));
      }
    }

    private ObjectNode object(JsonNode n, String key) {
      if (n == null || !n.isObject()) {
        throw fail(key, "expected an object");
      }
      return (ObjectNode) n;
    }

    private String text(JsonNode n, String key) {
      if (n == null || !n.isTextual()) {
        throw fail(key, "expected a string");
      }
      return n.textValue();
    }

    private int integer(JsonNode n, String key, int min, int max) {
      if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
        throw fail(key, "expected a whole number from " + min + " to " + max);
      }
      return n.intValue();
    }

    private double number(JsonNode n, String key) {
      if (n == null || !n.isNumber()) {
        throw fail(key, "expected a number");
      }
      return n.doubleValue();
    }

    private FeedbackJsonException fail(String key, String problem) {
      return new FeedbackJsonException(source, 0, 0, key, problem);
    }
  }

}
