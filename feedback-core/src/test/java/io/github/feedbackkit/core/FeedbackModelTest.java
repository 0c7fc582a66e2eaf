package io.github.feedbackkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedbackModelTest {
  private static final List<Class<?>> MODEL =
      List.of(
          Feedback.class,
          Subject.class,
          Author.class,
          Context.class,
          Observation.class,
          ActionItem.class,
          FollowUp.class);

  @Test
  void builderNamesEveryMissingRequiredField() {
    assertThatThrownBy(() -> Feedback.builder().summary("s").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[id, kind, subject]");
    assertThatThrownBy(() -> Feedback.builder().id("x").build())
        .hasMessageContaining("[kind, subject]");
    assertThatThrownBy(() -> Observation.builder().build()).hasMessageContaining("[type, text]");
    assertThatThrownBy(() -> ActionItem.builder().build()).hasMessageContaining("[description]");
    assertThatThrownBy(() -> FollowUp.builder().build()).hasMessageContaining("[scheduledFor]");
    assertThatThrownBy(() -> Subject.builder().build()).hasMessageContaining("[id]");
    assertThatThrownBy(() -> Author.builder().build()).hasMessageContaining("[id]");
  }

  @Test
  void nullValuesAreRejectedWithTheFieldName() {
    assertThatThrownBy(() -> Feedback.builder().id(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> Feedback.builder().summary((String) null)).hasMessage("summary");
    assertThatThrownBy(() -> Observation.builder().addEvidence((String) null))
        .hasMessageContaining("evidence");
  }

  @Test
  void withersReturnChangedCopiesAndLeaveTheOriginalAlone() {
    Feedback original = FeedbackValidatorTest.candidate();
    Feedback changed = original.withSummary("Another summary.").withOutcome(Outcome.ADVANCED);
    assertThat(original.summary()).contains("Thank you for coming in on Friday.");
    assertThat(original.outcome()).isEmpty();
    assertThat(changed.summary()).contains("Another summary.");
    assertThat(changed.outcome()).contains(Outcome.ADVANCED);
    assertThat(changed.id()).isEqualTo(original.id());
    assertThat(changed).isNotEqualTo(original);
    assertThat(changed.withSummary("Thank you for coming in on Friday.").withOutcome(Optional.empty()))
        .isEqualTo(original)
        .hasSameHashCodeAs(original);
  }

  @Test
  void localeDefaultsToEnglish() {
    assertThat(FeedbackValidatorTest.candidate().locale()).isEqualTo(Locale.ENGLISH);
    assertThat(FeedbackValidatorTest.candidate().withLocale(Locale.GERMANY).locale())
        .isEqualTo(Locale.GERMANY);
  }

  @Test
  void collectionsAreNeverNullAndDefaultToEmpty() {
    Feedback f =
        Feedback.builder()
            .id("x")
            .kind(FeedbackKind.EMPLOYEE)
            .subject(Subject.of("s"))
            .summary("s")
            .build();
    assertThat(f.observations()).isEmpty();
    assertThat(f.actions()).isEmpty();
    assertThat(f.metadata()).isEmpty();
    assertThat(Observation.builder().type(ObservationType.NOTE).text("t").build().evidence())
        .isEmpty();
  }

  @Test
  void collectionsAreImmutableAndCopiedFromTheBuilderInput() {
    List<Observation> input = new ArrayList<>();
    input.add(FeedbackValidatorTest.observation("first"));
    Map<String, String> meta = new HashMap<>();
    meta.put("ats", "123");
    Feedback f =
        FeedbackValidatorTest.candidate().withObservations(input).withMetadata(meta);
    input.add(FeedbackValidatorTest.observation("second"));
    meta.put("other", "x");
    assertThat(f.observations()).hasSize(1);
    assertThat(f.metadata()).containsOnlyKeys("ats");
    assertThatThrownBy(() -> f.observations().add(FeedbackValidatorTest.observation("x")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> f.actions().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> f.metadata().put("k", "v"))
        .isInstanceOf(UnsupportedOperationException.class);
    Observation o = FeedbackValidatorTest.observation("x").withEvidence("a");
    assertThatThrownBy(() -> o.evidence().add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void metadataKeepsInsertionOrder() {
    Map<String, String> meta = new java.util.LinkedHashMap<>();
    meta.put("zeta", "1");
    meta.put("alpha", "2");
    meta.put("mid", "3");
    Feedback f = FeedbackValidatorTest.candidate().withMetadata(meta);
    assertThat(f.metadata().keySet()).containsExactly("zeta", "alpha", "mid");
  }

  @Test
  void builtValuesHaveTheAbstractTypeInTheirPublicSignatures() throws Exception {
    for (Class<?> type : MODEL) {
      Method builder = type.getMethod("builder");
      Class<?> builderType = builder.getReturnType();
      assertThat(builderType.getEnclosingClass()).isEqualTo(type);
      assertThat(builderType.getMethod("build").getReturnType()).isEqualTo(type);
    }
  }

  @Test
  void noGeneratedImmutableClassIsPublic() throws Exception {
    for (Class<?> type : MODEL) {
      Class<?> generated =
          Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      assertThat(Modifier.isPublic(generated.getModifiers()))
          .as("%s is public", generated.getName())
          .isFalse();
      for (Class<?> nested : generated.getDeclaredClasses()) {
        assertThat(Modifier.isPublic(nested.getModifiers()) && nested.getSimpleName().startsWith("Immutable"))
            .isFalse();
      }
    }
  }

  @Test
  void noClassOfTheModelPackageWhoseNameStartsWithImmutableIsPublic() throws Exception {
    java.nio.file.Path classes =
        java.nio.file.Path.of(Feedback.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    java.nio.file.Path pkg = classes.resolve("io/github/feedbackkit/core");
    List<String> generated;
    try (var files = java.nio.file.Files.list(pkg)) {
      generated =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("Immutable") && n.endsWith(".class"))
              .map(n -> "io.github.feedbackkit.core." + n.substring(0, n.length() - ".class".length()))
              .sorted()
              .collect(java.util.stream.Collectors.toList());
    }
    // every model type has its generated class, and so do their builders
    assertThat(generated).hasSizeGreaterThanOrEqualTo(2 * MODEL.size());
    for (String name : generated) {
      Class<?> type = Class.forName(name);
      assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", name).isFalse();
    }
  }

  @Test
  void noPublicMethodOfTheModelMentionsAnImmutableClass() {
    for (Class<?> type : MODEL) {
      for (Method m : type.getMethods()) {
        assertThat(m.getReturnType().getSimpleName())
            .as("%s.%s", type.getSimpleName(), m.getName())
            .doesNotStartWith("Immutable");
      }
    }
  }

  @Test
  void valuesWithTheSameContentAreEqual() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    Feedback a = FeedbackValidatorTest.candidate().withOccurredAt(t);
    Feedback b = FeedbackValidatorTest.candidate().withOccurredAt(t);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).contains("fb-1");
  }
}
