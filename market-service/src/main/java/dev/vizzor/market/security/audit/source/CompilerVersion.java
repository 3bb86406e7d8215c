package dev.vizzor.market.security.audit.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file's {@code pragma solidity} allows: the lowest version it accepts decides which
 * compiler rules apply (checked arithmetic from 0.8, explicit visibility from 0.5, constructors by
 * keyword from 0.4.22), because a contract may be compiled with that version. No pragma means any
 * version, so the oldest rules apply.
 */
public record CompilerVersion(Optional<String> pragma, int major, int minor, int patch) {
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

  public static CompilerVersion unknown() {
    return new CompilerVersion(Optional.empty(), 0, 4, 0);
  }

  public static CompilerVersion ofPragma(String expression) {
    Matcher lowest = VERSION.matcher(expression);
    if (!lowest.find()) {
      return new CompilerVersion(Optional.of(expression), 0, 4, 0);
    }
    return new CompilerVersion(
        Optional.of(expression),
        Integer.parseInt(lowest.group(1)),
        Integer.parseInt(lowest.group(2)),
        lowest.group(3) == null ? 0 : Integer.parseInt(lowest.group(3)));
  }

  public boolean atLeast(int wantedMinor, int wantedPatch) {
    if (major != 0) {
      return major > 0;
    }
    return minor > wantedMinor || (minor == wantedMinor && patch >= wantedPatch);
  }

  /** Does the pragma accept a range rather than one exact version? */
  public boolean floating() {
    return pragma
        .map(
            p ->
                p.contains("^")
                    || p.contains(">")
                    || p.contains("<")
                    || p.contains("*")
                    || p.contains("x"))
        .orElse(true);
  }

  public String label() {
    return major + "." + minor + "." + patch;
  }
}
