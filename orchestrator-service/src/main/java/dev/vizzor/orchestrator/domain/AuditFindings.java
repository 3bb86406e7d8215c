package dev.vizzor.orchestrator.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How the chat keeps market-service's audit findings: worst first, and only the {@link #KEPT}
 * worst. A large contract can have hundreds of findings, thousands of tokens the user would pay for
 * on every model turn; the answer keeps the count of the rest, and {@code POST /audit} gives them
 * all.
 */
public final class AuditFindings {
  public static final int KEPT = 20;

  /** The field of a kept audit that counts the findings left out. */
  public static final String NOT_SHOWN = "findingsNotShown";

  /** market-service's severities (docs/AUDIT.md), worst first. */
  public static final List<String> SEVERITIES = List.of("high", "medium", "low", "info");

  /** By severity (an unknown one last); a stable sort keeps market-service's order within one. */
  private static final Comparator<JsonNode> WORST_FIRST =
      Comparator.comparingInt(
          finding -> {
            int rank = SEVERITIES.indexOf(finding.path("severity").asText());
            return rank < 0 ? SEVERITIES.size() : rank;
          });

  private AuditFindings() {}

  /** The audit with its findings worst first, at most {@link #KEPT}, and how many were left. */
  public static JsonNode worstKept(JsonNode audit) {
    if (!audit.path("findings").isArray()) {
      return audit;
    }
    List<JsonNode> findings = new ArrayList<>();
    audit.path("findings").forEach(findings::add);
    findings.sort(WORST_FIRST);
    ObjectNode kept = audit.deepCopy();
    ArrayNode list = kept.putArray("findings");
    findings.stream().limit(KEPT).forEach(list::add);
    kept.put(NOT_SHOWN, Math.max(0, findings.size() - KEPT));
    return kept;
  }
}
