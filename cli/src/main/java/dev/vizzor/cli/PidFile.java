package dev.vizzor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** A file holding one process id, the way init scripts have always done it. */
public final class PidFile {
  private PidFile() {}

  public static OptionalLong read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return OptionalLong.empty();
      }
      return parse(Files.readString(file));
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /** A pid file that someone truncated or edited by hand counts as absent, not as an error. */
  static OptionalLong parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      long pid = Long.parseLong(trimmed.lines().findFirst().orElse("").strip());
      return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  public static void write(Path file, long pid) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, pid + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a stale pid file is detected as stale next time
    }
  }
}
