package dev.vizzor.market.security.scan;

import dev.vizzor.market.domain.scan.Flag;
import java.util.List;

/**
 * The score and level of a scan (docs/SCAN.md). Weights combine like independent chances, so one
 * critical flag alone scores 90, two high ones 75, and no number of flags passes 100; a flag counts
 * once however many sources raised it.
 */
final class RiskScore {
  static final String FORMULA =
      "riskScore = round(100 * (1 - product(1 - weight))) over the flags, each flag once at its"
          + " highest severity; weight: info 0, low 0.10, medium 0.25, high 0.50, critical 0.90."
          + " riskLevel: low below 20, medium below 50, high below 80, else critical; when a"
          + " source did not run (complete false) the score is a lower bound and a level that"
          + " would be low is unknown";

  static final String UNKNOWN = "unknown";

  private RiskScore() {}

  static int score(List<Flag> flags) {
    double clear = 1;
    for (Flag flag : flags) {
      clear *= 1 - flag.weight();
    }
    return (int) Math.round(100 * (1 - clear));
  }

  /** Never {@code low} when something was not checked: absence of flags then proves nothing. */
  static String level(int score, boolean complete) {
    if (score < 20) {
      return complete ? "low" : UNKNOWN;
    }
    if (score < 50) {
      return "medium";
    }
    return score < 80 ? "high" : "critical";
  }
}
