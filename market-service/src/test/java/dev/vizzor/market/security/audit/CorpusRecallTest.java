package dev.vizzor.market.security.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.market.domain.audit.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit on SmartBugs curated, half A (src/test/resources/smartbugs-curated, provenance in its
 * README): per category, how many annotated vulnerabilities a finding hits, counted as the ICSE
 * 2020 study counted (same category, and the finding's lines cover an annotated line; each
 * vulnerability once). The annotations are the corpus authors', read here independently of the
 * audit. docs/AUDIT.md reports the table this writes to target/audit-recall.md.
 */
class CorpusRecallTest {
  private static final Path CORPUS = Path.of("src/test/resources/smartbugs-curated");

  /**
   * Hits per category measured on half A when the rules were last changed (docs/AUDIT.md): a rule
   * change that loses any fails here.
   */
  private static final Map<String, Integer> HITS =
      Map.of(
          "access_control", 11,
          "arithmetic", 10,
          "bad_randomness", 10,
          "denial_of_service", 4,
          "front_running", 3,
          "other", 2,
          "reentrancy", 16,
          "short_addresses", 1,
          "time_manipulation", 4,
          "unchecked_low_level_calls", 39);

  /** Mythril's findings per contract on the study's 69 contracts (215 / 69), the best recall. */
  private static final double MYTHRIL_FINDINGS_PER_CONTRACT = 215.0 / 69;

  private static final Map<String, int[]> recall = new TreeMap<>();
  private static final Map<String, Integer> findingsByCategory = new TreeMap<>();
  private static final Map<String, Integer> findingsPerFile = new LinkedHashMap<>();
  private static final List<String> misses = new ArrayList<>();
  private static int contracts;
  private static int findingsBelowInfo;
  private static int infoFindings;

  @BeforeAll
  static void auditTheCorpus() throws IOException {
    JsonNode annotations = new ObjectMapper().readTree(CORPUS.resolve("annotations.json").toFile());
    Iterator<String> paths = annotations.fieldNames();
    while (paths.hasNext()) {
      String path = paths.next();
      contracts++;
      String content = Files.readString(CORPUS.resolve(path), StandardCharsets.UTF_8);
      List<Finding> findings =
          new SourceAuditor().audit(List.of(new SourceAuditor.Source(path, content))).findings();
      findingsPerFile.put(path, findings.size());
      for (Finding finding : findings) {
        findingsByCategory.merge(finding.category(), 1, Integer::sum);
        if (finding.severity().equals("info")) {
          infoFindings++;
        } else {
          findingsBelowInfo++;
        }
      }
      for (JsonNode vulnerability : annotations.get(path)) {
        String category = vulnerability.get("category").asText();
        boolean hit = false;
        for (JsonNode annotated : vulnerability.get("lines")) {
          int line = annotated.asInt();
          hit |=
              findings.stream()
                  .anyMatch(
                      f ->
                          f.category().equals(category)
                              && f.startLine() <= line
                              && line <= f.endLine());
        }
        int[] counts = recall.computeIfAbsent(category, c -> new int[2]);
        counts[1]++;
        if (hit) {
          counts[0]++;
        } else {
          misses.add(path + " " + vulnerability.get("lines"));
        }
      }
    }
    writeTable();
  }

  @Test
  void everyCategoryKeepsItsHits() {
    Map<String, Integer> hits = new TreeMap<>();
    recall.forEach((category, counts) -> hits.put(category, counts[0]));
    assertEquals(new TreeMap<>(HITS), hits, "misses: " + misses);
  }

  @Test
  void theCorpusHasTheCountsItsReadmeStates() {
    assertEquals(74, contracts);
    assertEquals(102, recall.values().stream().mapToInt(c -> c[1]).sum());
  }

  @Test
  void findsFewerFindingsPerContractThanMythril() {
    double perContract = (double) findingsBelowInfo / contracts;
    assertTrue(
        perContract < MYTHRIL_FINDINGS_PER_CONTRACT,
        "findings per contract " + perContract + " vs Mythril's " + MYTHRIL_FINDINGS_PER_CONTRACT);
  }

  @Test
  void everyContractGetsALocatedFinding() {
    findingsPerFile.forEach((path, count) -> assertTrue(count > 0, path + " has no finding"));
  }

  private static void writeTable() throws IOException {
    StringBuilder table = new StringBuilder();
    table.append("| category | annotated | hit | recall | findings |\n|---|---|---|---|---|\n");
    int hit = 0;
    int total = 0;
    for (var entry : recall.entrySet()) {
      int[] counts = entry.getValue();
      hit += counts[0];
      total += counts[1];
      table.append(
          String.format(
              "| %s | %d | %d | %d %% | %d |%n",
              entry.getKey(),
              counts[1],
              counts[0],
              Math.round(100.0 * counts[0] / counts[1]),
              findingsByCategory.getOrDefault(entry.getKey(), 0)));
    }
    table.append(
        String.format(
            "| **total** | %d | %d | %d %% | %d (+%d info) |%n",
            total, hit, Math.round(100.0 * hit / total), findingsBelowInfo, infoFindings));
    table.append(
        String.format(
            "%nFindings per contract: %.2f (%.2f with info). Missed: %s%n",
            (double) findingsBelowInfo / contracts,
            (double) (findingsBelowInfo + infoFindings) / contracts,
            misses));
    table.append("\n| contract | findings |\n|---|---|\n");
    findingsPerFile.forEach((path, count) -> table.append("| " + path + " | " + count + " |\n"));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/audit-recall.md"), table.toString());
  }
}
