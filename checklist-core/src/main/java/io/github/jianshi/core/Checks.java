package io.github.jianshi.core;

/** Invariant checks shared by the value types; messages name the offending field. */
final class Checks {
  private Checks() {}

  static void notBlank(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
