package dev.vizzor.cli;

import java.nio.file.Path;

/**
 * The directory the user ran {@code ./vizzor} from: the script moves to the repository root (where
 * the CLI keeps its state) and passes the caller's directory in {@code VIZZOR_CALLER_DIR}, so a
 * relative path on the command line means what the user meant.
 */
final class CallerDirectory {
  private CallerDirectory() {}

  static Path resolve(Path path) {
    String caller = System.getenv("VIZZOR_CALLER_DIR");
    return path.isAbsolute() || caller == null || caller.isBlank()
        ? path
        : Path.of(caller).resolve(path);
  }
}
