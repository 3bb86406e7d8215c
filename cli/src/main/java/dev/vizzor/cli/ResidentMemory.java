package dev.vizzor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.OptionalLong;

/** Resident set sizes from /proc, the memory the suite really occupies (not heap limits). */
public final class ResidentMemory {
  private ResidentMemory() {}

  /** VmRSS in KiB from the text of /proc/&lt;pid&gt;/status; empty for kernel threads. */
  static OptionalLong parseVmRssKb(String statusText) {
    for (String line : statusText.split("\n")) {
      if (line.startsWith("VmRSS:")) {
        String[] parts = line.substring("VmRSS:".length()).strip().split("\\s+");
        try {
          return OptionalLong.of(Long.parseLong(parts[0]));
        } catch (NumberFormatException e) {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.empty();
  }

  public static long kilobytes(long pid) {
    try {
      return parseVmRssKb(Files.readString(Path.of("/proc", Long.toString(pid), "status")))
          .orElse(0);
    } catch (IOException e) {
      // The process exited between listing and reading, or this is not Linux.
      return 0;
    }
  }

  public static long totalKilobytes(Collection<Long> pids) {
    return pids.stream().mapToLong(ResidentMemory::kilobytes).sum();
  }

  public static String format(long kilobytes) {
    return String.format(java.util.Locale.ROOT, "%.0f MiB", kilobytes / 1024.0);
  }
}
