package dev.vizzor.market.domain.scan;

import java.time.Instant;
import java.util.List;

/**
 * {@code POST /scan}'s answer. {@code source} names the sources whose checks ran ({@code
 * goplus+bytecode}, {@code bytecode}, {@code goplus} or {@code none}); {@code complete} is false
 * when any did not, and then {@code riskScore} is a lower bound and {@code riskLevel} is never
 * {@code low} ({@code unknown} instead).
 */
public record TokenScan(
    String chain,
    String address,
    CodeInfo bytecode,
    String source,
    int riskScore,
    String riskLevel,
    boolean complete,
    String formula,
    List<Flag> flags,
    List<SourceCheck> checks,
    TokenFacts token,
    Instant scannedAt) {

  /** The code checked: its size and keccak-256 (the chain's code hash for runtime code). */
  public record CodeInfo(int bytes, String keccak256) {}
}
