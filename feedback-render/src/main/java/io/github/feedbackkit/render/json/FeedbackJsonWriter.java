package io.github.feedbackkit.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.feedbackkit.core.ActionItem;
import io.github.feedbackkit.core.Author;
import io.github.feedbackkit.core.Context;
import io.github.feedbackkit.core.Feedback;
import io.github.feedbackkit.core.FollowUp;
import io.github.feedbackkit.core.Observation;
import io.github.feedbackkit.core.Subject;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the canonical JSON of a feedback document: fields in the order of the contract table,
 * absent optionals and empty collections omitted, enums by name, instants and dates in ISO-8601,
 * the locale as a BCP 47 tag.
 */
final class FeedbackJsonWriter {
  private final JsonGenerator g;

  FeedbackJsonWriter(JsonGenerator generator) {
    this.g = generator;
  }

  void write(Feedback f) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", f.id());
    g.writeStringField("kind", f.kind().name());
    writeSubject(f.subject());
    if (f.author().isPresent()) {
      writeAuthor(f.author().get());
    }
    if (f.context().isPresent()) {
      writeContext(f.context().get());
    }
    instant("occurredAt", f.occurredAt());
    instant("deliveredAt", f.deliveredAt());
    enumField("channel", f.channel());
    g.writeStringField("locale", f.locale().toLanguageTag());
    string("summary", f.summary());
    if (!f.observations().isEmpty()) {
      g.writeArrayFieldStart("observations");
      for (Observation o : f.observations()) {
        writeObservation(o);
      }
      g.writeEndArray();
    }
    if (!f.actions().isEmpty()) {
      g.writeArrayFieldStart("actions");
      for (ActionItem a : f.actions()) {
        writeAction(a);
      }
      g.writeEndArray();
    }
    if (f.followUp().isPresent()) {
      writeFollowUp(f.followUp().get());
    }
    enumField("outcome", f.outcome());
    if (!f.metadata().isEmpty()) {
      g.writeObjectFieldStart("metadata");
      for (Map.Entry<String, String> e : f.metadata().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void writeSubject(Subject s) throws IOException {
    g.writeObjectFieldStart("subject");
    g.writeStringField("id", s.id());
    string("displayName", s.displayName());
    g.writeEndObject();
  }

  private void writeAuthor(Author a) throws IOException {
    g.writeObjectFieldStart("author");
    g.writeStringField("id", a.id());
    string("displayName", a.displayName());
    enumField("role", a.role());
    g.writeEndObject();
  }

  private void writeContext(Context c) throws IOException {
    g.writeObjectFieldStart("context");
    enumField("stage", c.stage());
    enumField("session", c.session());
    string("position", c.position());
    string("project", c.project());
    g.writeEndObject();
  }

  private void writeObservation(Observation o) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", o.type().name());
    string("competency", o.competency());
    g.writeStringField("text", o.text());
    strings("evidence", o.evidence());
    if (o.rating().isPresent()) {
      g.writeNumberField("rating", o.rating().get());
    }
    g.writeEndObject();
  }

  private void writeAction(ActionItem a) throws IOException {
    g.writeStartObject();
    g.writeStringField("description", a.description());
    enumField("owner", a.owner());
    date("dueDate", a.dueDate());
    string("measure", a.measure());
    if (a.resource().isPresent()) {
      g.writeStringField("resource", a.resource().get().toString());
    }
    g.writeEndObject();
  }

  private void writeFollowUp(FollowUp f) throws IOException {
    g.writeObjectFieldStart("followUp");
    date("scheduledFor", Optional.of(f.scheduledFor()));
    string("purpose", f.purpose());
    g.writeEndObject();
  }

  private void strings(String name, List<String> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  private void string(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private void enumField(String name, Optional<? extends Enum<?>> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().name());
    }
  }

  private void instant(String name, Optional<Instant> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }

  private void date(String name, Optional<LocalDate> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    }
  }
}
