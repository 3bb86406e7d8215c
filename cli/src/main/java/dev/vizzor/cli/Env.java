package dev.vizzor.cli;

import java.util.Optional;

/** Environment variables, with blank treated as unset (a common result of `export X=`). */
final class Env {
  private Env() {}

  static Optional<String> get(String name) {
    return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
