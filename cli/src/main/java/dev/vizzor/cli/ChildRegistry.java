package dev.vizzor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code children.pids}: every process the supervisor started, written as soon as it starts, so
 * {@code vizzor api stop} can clean up even after the supervisor died without its shutdown hook.
 * Each line is {@code <pid> <start-epoch-millis> <label>}; the start time guards against killing an
 * unrelated process that later got the same pid.
 */
public final class ChildRegistry {
  private final Path file;
  private final java.util.Set<Long> recorded = new java.util.HashSet<>();

  public ChildRegistry(Path file) {
    this.file = file;
  }

  public synchronized void reset() {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, "");
      recorded.clear();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public synchronized void record(ProcessHandle process, String label) {
    if (!recorded.add(process.pid())) {
      return;
    }
    try {
      Files.writeString(
          file,
          line(process.pid(), process.info().startInstant().orElse(null), label),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static String line(long pid, Instant start, String label) {
    return pid + " " + (start == null ? 0 : start.toEpochMilli()) + " " + label + "\n";
  }

  record Entry(long pid, long startMillis, String label) {}

  static List<Entry> parse(String text) {
    List<Entry> entries = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] parts = line.strip().split(" ", 3);
      if (parts.length < 2) {
        continue;
      }
      try {
        entries.add(
            new Entry(
                Long.parseLong(parts[0]),
                Long.parseLong(parts[1]),
                parts.length > 2 ? parts[2] : ""));
      } catch (NumberFormatException ignored) {
        // skip lines that are not ours
      }
    }
    return entries;
  }

  /** Kills every recorded process that is still alive and is the one recorded. */
  public static int killSurvivors(Path file) {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    List<Entry> entries;
    try {
      entries = parse(Files.readString(file));
    } catch (IOException e) {
      return 0;
    }
    int killed = 0;
    for (Entry entry : entries) {
      Optional<ProcessHandle> process = ProcessHandle.of(entry.pid()).filter(p -> isSame(p, entry));
      if (process.isPresent() && process.get().isAlive()) {
        System.out.println("  killing leftover " + entry.label() + " (pid " + entry.pid() + ")");
        ProcessTerminator.kill(process.get());
        killed++;
      }
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // harmless: entries are verified by start time
    }
    return killed;
  }

  private static boolean isSame(ProcessHandle process, Entry entry) {
    if (entry.startMillis() == 0) {
      return true;
    }
    return process
        .info()
        .startInstant()
        // /proc start times have tick resolution; allow a little slack.
        .map(start -> Math.abs(start.toEpochMilli() - entry.startMillis()) < 2_000)
        .orElse(true);
  }
}
