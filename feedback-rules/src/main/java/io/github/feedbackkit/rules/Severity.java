package io.github.feedbackkit.rules;

import java.util.Locale;

/** How serious a finding is. Ordered from the least to the most serious. */
public enum Severity {
  /** A note worth knowing; never fails a dimension by itself. */
  INFO,
  /** Something the author should revise. */
  WARNING,
  /** Something that must not be sent as is (for example a protected characteristic). */
  ERROR;

  /** @return the lower-case id used in JSON and policies: {@code info}, {@code warning}, {@code error} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param id {@code info}, {@code warning} or {@code error}, in any case
   * @return the severity
   * @throws IllegalArgumentException naming the accepted values when {@code id} is none of them
   */
  public static Severity fromId(String id) {
    if (id != null) {
      for (Severity s : values()) {
        if (s.name().equalsIgnoreCase(id.trim())) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + id + "': expected info, warning or error");
  }
}
