package io.github.feedbackkit.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.feedbackkit.core.FeedbackKind;
import io.github.feedbackkit.core.HiringStage;
import io.github.feedbackkit.core.SessionType;
import io.github.feedbackkit.rules.Dimension;
import io.github.feedbackkit.rules.FeedbackAnalyzer;
import io.github.feedbackkit.rules.QualityPolicy;
import io.github.feedbackkit.rules.Severity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {
  private static final String FULL = """
      {
        "schema": "feedbackkit-policy/1",
        "passThreshold": 70,
        "weights": {"fairness": 2, "clarity": 0.5},
        "timeliness": {
          "candidate": {"businessDays": 3},
          "employee": {"calendarDays": 10},
          "stages": {"OFFER": {"businessDays": 1}},
          "sessions": {"RECOGNITION": {"calendarDays": 2}}
        },
        "calendar": {"zone": "Europe/Berlin", "weekendDays": ["FRIDAY", "SATURDAY"], "holidays": ["2026-12-25"]},
        "disabledRules": ["clarity/hidden-actor"],
        "severities": {"fairness/gender-coded": "warning"},
        "lexicons": {"jargon": {"add": ["tiger team"], "remove": ["bandwidth"]}},
        "allowedPhrases": ["growth mindset"],
        "locale": "en-GB"
      }
      """;

  @Test
  void every_key_of_the_documented_format_is_read() {
    QualityPolicy p = PolicyJson.read(FULL, "policy.json");
    assertThat(p.passThreshold()).isEqualTo(70);
    assertThat(p.weight(Dimension.FAIRNESS)).isEqualTo(2.0);
    assertThat(p.weight(Dimension.CLARITY)).isEqualTo(0.5);
    assertThat(p.weight(Dimension.BALANCE)).isEqualTo(1.0);
    assertThat(p.window(FeedbackKind.CANDIDATE, Optional.empty(), Optional.empty()))
        .isEqualTo(QualityPolicy.Window.businessDays(3));
    assertThat(p.window(FeedbackKind.CANDIDATE, Optional.of(HiringStage.OFFER), Optional.empty()))
        .isEqualTo(QualityPolicy.Window.businessDays(1));
    assertThat(p.window(FeedbackKind.EMPLOYEE, Optional.empty(), Optional.of(SessionType.RECOGNITION)))
        .isEqualTo(QualityPolicy.Window.calendarDays(2));
    assertThat(p.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(p.weekendDays()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    assertThat(p.holidays()).containsExactly(LocalDate.parse("2026-12-25"));
    assertThat(p.isEnabled("clarity/hidden-actor")).isFalse();
    assertThat(p.severity("fairness/gender-coded", Severity.INFO)).isEqualTo(Severity.WARNING);
    assertThat(p.lexiconAdditions()).containsEntry("jargon", java.util.List.of("tiger team"));
    assertThat(p.lexiconRemovals()).containsEntry("jargon", Set.of("bandwidth"));
    assertThat(p.allowedPhrases()).containsExactly("growth mindset");
    assertThat(p.locale()).isEqualTo(Locale.forLanguageTag("en-GB"));
  }

  @Test
  void an_empty_object_is_the_default_policy_and_writing_reads_back_the_same_policy() {
    assertThat(PolicyJson.read("{}", "p.json")).isEqualTo(QualityPolicy.defaults());
    QualityPolicy p = PolicyJson.read(FULL, "policy.json");
    assertThat(PolicyJson.read(PolicyJson.write(p), "again.json")).isEqualTo(p);
    assertThat(PolicyJson.read(PolicyJson.write(QualityPolicy.defaults()), "d.json")).isEqualTo(QualityPolicy.defaults());
  }

  @Test
  void a_loaded_policy_changes_what_the_analyzer_reports() {
    QualityPolicy p = PolicyJson.read(FULL, "policy.json");
    FeedbackAnalyzer a = FeedbackAnalyzer.builder().policy(p).loadPlugins(false).build();
    assertThat(a.analyze("Join the tiger team on the audit next Monday.").findings())
        .extracting(f -> f.ruleId()).contains("clarity/jargon");
    assertThat(a.analyze("Do you have the bandwidth for the audit next Monday?").findings())
        .extracting(f -> f.ruleId()).doesNotContain("clarity/jargon");
  }

  @Test
  void a_bad_policy_file_is_refused_naming_the_key() {
    assertRefused("{\"passThreshold\": 150}", "passThreshold", "0 to 100");
    assertRefused("{\"passTreshold\": 60}", "passTreshold", "unknown key");
    assertRefused("{\"timeliness\": {\"stages\": {\"OFER\": {\"businessDays\": 1}}}}", "timeliness.stages.OFER",
        "unknown hiring stage");
    assertRefused("{\"timeliness\": {\"candidate\": {\"businessDays\": 1, \"calendarDays\": 2}}}",
        "timeliness.candidate", "exactly one");
    assertRefused("{\"calendar\": {\"zone\": \"Mars/Olympus\"}}", "calendar.zone", "unknown time zone");
    assertRefused("{\"calendar\": {\"holidays\": [\"25/12/2026\"]}}", "calendar.holidays[0]", "ISO date");
    assertRefused("{\"calendar\": {\"weekendDays\": [\"FUNDAY\"]}}", "calendar.weekendDays[0]", "day of the week");
    assertRefused("{\"disabledRules\": [\"Jargon\"]}", "disabledRules[0]", "malformed rule id");
    assertRefused("{\"severities\": {\"clarity/jargon\": \"fatal\"}}", "severities.clarity/jargon", "info, warning or error");
    assertRefused("{\"lexicons\": {\"slang\": {\"add\": [\"x\"]}}}", "lexicons.slang", "unknown word list");
    assertRefused("{\"weights\": {\"Fairness\": 1}}", "weights.Fairness", "malformed dimension id");
    assertRefused("{\"allowedPhrases\": \"growth mindset\"}", "allowedPhrases", "array of strings");
    assertRefused("{\"schema\": \"feedbackkit-policy/9\"}", "schema", "feedbackkit-policy/1");
  }

  @Test
  void malformed_json_and_duplicate_keys_are_refused_with_their_position() {
    assertThatThrownBy(() -> PolicyJson.read("{\"passThreshold\": 60,,}", "p.json"))
        .isInstanceOf(FeedbackJsonException.class).hasMessageStartingWith("p.json:1:");
    assertThatThrownBy(() -> PolicyJson.read("{\"passThreshold\": 60, \"passThreshold\": 70}", "p.json"))
        .isInstanceOf(FeedbackJsonException.class).hasMessageContaining("passThreshold");
  }

  private static void assertRefused(String json, String key, String problem) {
    assertThatThrownBy(() -> PolicyJson.read(json, "policy.json"))
        .isInstanceOf(FeedbackJsonException.class)
        .hasMessageContaining("policy.json")
        .hasMessageContaining(key)
        .hasMessageContaining(problem);
  }
}
