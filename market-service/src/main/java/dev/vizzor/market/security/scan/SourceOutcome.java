package dev.vizzor.market.security.scan;

import dev.vizzor.market.domain.scan.SourceCheck;
import dev.vizzor.market.domain.scan.TokenFacts;
import dev.vizzor.market.domain.scan.TokenScan;
import java.util.List;

/**
 * What one source contributed to a scan: whether it ran, what it raised, and what it looked at
 * (GoPlus's facts, the code checked).
 */
record SourceOutcome(
    SourceCheck check, List<Raised> raised, TokenFacts facts, TokenScan.CodeInfo code) {

  static SourceOutcome without(SourceCheck check) {
    return new SourceOutcome(check, List.of(), null, null);
  }
}
