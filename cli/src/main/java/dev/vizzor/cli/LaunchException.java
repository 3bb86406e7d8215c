package dev.vizzor.cli;

import java.nio.file.Path;

/** A part of the suite failed to start; carries the log a developer should read next. */
public final class LaunchException extends RuntimeException {
  private final transient Path log;

  public LaunchException(String message, Path log) {
    super(message);
    this.log = log;
  }

  public Path log() {
    return log;
  }
}
