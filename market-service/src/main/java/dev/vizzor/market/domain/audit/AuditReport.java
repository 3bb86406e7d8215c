package dev.vizzor.market.domain.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit's answer: what was read, which checks ran (and which could not), what they found. */
@Schema(description = "Located findings, what was analysed, and which checks ran or could not")
public record AuditReport(
    @Schema(description = "Where the answer comes from: Vizzor's own analysis, offline")
        String source,
    Analysed analysed,
    List<CheckRun> checks,
    Map<String, Integer> bySeverity,
    List<Finding> findings) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Analysed(List<AnalysedFile> files, AnalysedBytecode bytecode) {}

  /** One Solidity file: its lines, the compiler its pragma allows, the contracts it defines. */
  public record AnalysedFile(String path, int lines, String pragma, List<String> contracts) {}

  /** Deployed code: its size, how many instructions, and where it came from. */
  public record AnalysedBytecode(int bytes, int instructions, String codeHash, String from) {}

  /**
   * A group of checks: ran, or did not and why. An audit never reports "nothing found" for checks
   * that did not run.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CheckRun(String scope, boolean ran, List<String> rules, String reason) {}

  public static Map<String, Integer> countBySeverity(List<Finding> findings) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String severity : List.of("high", "medium", "low", "info")) {
      counts.put(severity, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }
}
