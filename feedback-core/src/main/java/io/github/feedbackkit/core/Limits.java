package io.github.feedbackkit.core;

/** The documented bounds of the model (see README, "Validation rules"). */
final class Limits {
  static final int ID_LENGTH = 128;
  static final String ID_PATTERN = "[A-Za-z0-9._:-]*";
  static final String ID_MESSAGE = "must contain only the characters A-Z a-z 0-9 . _ : -";
  static final int NAME_LENGTH = 200;
  static final int TEXT_LENGTH = 20_000;
  static final int SHORT_TEXT_LENGTH = 2_000;
  static final int LIST_SIZE = 50;
  static final int OBSERVATIONS = 100;
  static final int ACTIONS = 100;
  static final int METADATA_ENTRIES = 100;
  static final int METADATA_KEY_LENGTH = 128;

  private Limits() {}
}
