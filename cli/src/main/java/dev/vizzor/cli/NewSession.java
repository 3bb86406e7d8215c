package dev.vizzor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prefixes a command with {@code setsid} so the child gets its own session: a Ctrl-C in the
 * terminal then reaches only the supervisor, which stops services before Kafka and the stores
 * instead of everything dying at once. setsid execs in place (a forked child is never a group
 * leader), so the pid Java sees stays the child's pid.
 */
public final class NewSession {
  private static final List<Path> CANDIDATES =
      List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

  private NewSession() {}

  /**
   * A builder for a background child in its own session: no terminal input, stderr merged into
   * {@code output}.
   */
  public static ProcessBuilder builder(
      List<String> command, Path directory, ProcessBuilder.Redirect output) {
    return new ProcessBuilder(wrap(command))
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
  }

  static List<String> wrap(List<String> command) {
    List<String> wrapped = new ArrayList<>();
    CANDIDATES.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .ifPresent(setsid -> wrapped.add(setsid.toString()));
    wrapped.addAll(command);
    return wrapped;
  }
}
