package dev.vizzor.market.security.audit.source;

import java.util.Comparator;
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
  /** One comparison of a pragma: an operator (none: exact) and a version, its patch optional. */
  private static final Pattern COMPARISON =
      Pattern.compile("(\\^|~|>=|<=|>|<|=)?\\s*(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

  private static final Comparator<CompilerVersion> ORDER =
      Comparator.comparingInt(CompilerVersion::major)
          .thenComparingInt(CompilerVersion::minor)
          .thenComparingInt(CompilerVersion::patch);

  private static final CompilerVersion OLDEST = unknown();

  public static CompilerVersion unknown() {
    return new CompilerVersion(Optional.empty(), 0, 4, 0);
  }

  /**
   * The lowest version {@code expression} accepts: per {@code ||} alternative the highest lower
   * bound of its comparisons ({@code <} and {@code <=} set none), then the lowest of the
   * alternatives. {@code <0.8.0} alone accepts the oldest compilers.
   */
  public static CompilerVersion ofPragma(String expression) {
    CompilerVersion lowest = null;
    for (String alternative : expression.split("\\|\\|")) {
      CompilerVersion bound = OLDEST;
      Matcher comparison = COMPARISON.matcher(alternative);
      while (comparison.find()) {
        String operator = comparison.group(1) == null ? "=" : comparison.group(1);
        if (operator.startsWith("<")) {
          continue;
        }
        int patch = comparison.group(4) == null ? 0 : Integer.parseInt(comparison.group(4));
        CompilerVersion lower =
            new CompilerVersion(
                Optional.empty(),
                Integer.parseInt(comparison.group(2)),
                Integer.parseInt(comparison.group(3)),
                operator.equals(">") ? patch + 1 : patch);
        bound = lower.compareTo(bound) > 0 ? lower : bound;
      }
      lowest = lowest == null || bound.compareTo(lowest) < 0 ? bound : lowest;
    }
    return new CompilerVersion(Optional.of(expression), lowest.major, lowest.minor, lowest.patch);
  }

  private int compareTo(CompilerVersion other) {
    return ORDER.compare(this, other);
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
