package dev.vizzor.market.security.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vizzor.market.domain.scan.Flag;
import dev.vizzor.market.domain.scan.Severity;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formula of docs/SCAN.md, worked by hand. */
class RiskScoreTest {

  @Test
  void weightsCombineLikeIndependentChances() {
    assertEquals(0, RiskScore.score(flags()));
    assertEquals(0, RiskScore.score(flags(Severity.INFO)));
    assertEquals(25, RiskScore.score(flags(Severity.MEDIUM, Severity.INFO)));
    assertEquals(90, RiskScore.score(flags(Severity.CRITICAL)));
    assertEquals(75, RiskScore.score(flags(Severity.HIGH, Severity.HIGH))); // 1 - 0.5 * 0.5
    assertEquals(44, RiskScore.score(flags(Severity.MEDIUM, Severity.MEDIUM))); // 1 - 0.5625
    assertEquals(99, RiskScore.score(flags(Severity.CRITICAL, Severity.CRITICAL)));
    // 1 - 0.1 * 0.5 * 0.75 * 0.9 = 0.96625
    assertEquals(
        97,
        RiskScore.score(flags(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)));
  }

  @Test
  void lowOnlyWhenEveryCheckRan() {
    assertEquals("low", RiskScore.level(0, true));
    assertEquals("unknown", RiskScore.level(0, false));
    assertEquals("unknown", RiskScore.level(19, false));
    assertEquals("medium", RiskScore.level(20, false));
    assertEquals("medium", RiskScore.level(49, true));
    assertEquals("high", RiskScore.level(50, true));
    assertEquals("critical", RiskScore.level(80, true));
  }

  private static List<Flag> flags(Severity... severities) {
    return Arrays.stream(severities)
        .map(s -> new Flag("f", s, s.weight(), "", List.of(), List.of()))
        .toList();
  }
}
