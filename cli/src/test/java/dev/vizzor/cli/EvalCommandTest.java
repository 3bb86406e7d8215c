package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code vizzor eval} on real candles in another export format than the bundled one (epoch
 * milliseconds, no ticker column): the report it prints equals a recount, by this test's own code,
 * of the predictions it wrote.
 */
class EvalCommandTest {
  private static final Path BUNDLED =
      Path.of("../market-service/src/main/resources/replay/ETHUSDT_1h.csv.gz");

  @TempDir static Path dir;
  private static Path candles;

  /** Three months of ETH as an exchange export with epoch-millisecond open times. */
  @BeforeAll
  static void exportSlice() throws IOException {
    List<String> lines = new ArrayList<>(List.of("open_time,open,high,low,close,volume"));
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(BUNDLED)), StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split(",");
        if (cells[0].startsWith("2022-01")
            || cells[0].startsWith("2022-02")
            || cells[0].startsWith("2022-03")) {
          long millis =
              LocalDateTime.parse(cells[0].replace(' ', 'T'))
                  .toInstant(ZoneOffset.UTC)
                  .toEpochMilli();
          lines.add(
              millis + "," + cells[1] + "," + cells[2] + "," + cells[3] + "," + cells[4] + ","
                  + cells[5]);
        }
      }
    }
    candles = dir.resolve("eth-export.csv");
    Files.write(candles, lines);
  }

  private record Run(int exit, String stdout, String stderr) {}

  private static Run eval(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        new CommandLine(
                new EvalCommand(
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)))
            .execute(args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theReportEqualsARecountOfThePredictionsWritten() throws IOException {
    Path out = dir.resolve("out");
    Run run =
        eval(
            "--candles",
            candles.toString(),
            "--horizon",
            "1h",
            "--horizon",
            "4h",
            "--out",
            out.toString());
    assertEquals(0, run.exit(), run.stderr());

    JsonNode report = new ObjectMapper().readTree(run.stdout());
    List<JsonNode> rows = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(out.resolve("predictions.jsonl"))) {
      rows.add(json.readTree(line));
    }
    assertTrue(rows.size() > 500, "a month of warm-up leaves two months of hourly predictions");
    assertTrue(rows.stream().allMatch(r -> r.get("symbol").asText().equals("eth-export")));
    assertTrue(rows.stream().noneMatch(r -> r.get("horizon").asText().equals("1d")));

    JsonNode overall = report.get("overall");
    int hit = count(rows, "HIT");
    int miss = count(rows, "MISS");
    assertEquals(hit, overall.get("hit").asInt());
    assertEquals(miss, overall.get("miss").asInt());
    assertEquals(count(rows, "NEUTRAL"), overall.get("neutral").asInt());
    assertEquals((double) hit / (hit + miss), overall.get("winRate").asDouble(), 1e-12);
    double brier = 0;
    int resolved = 0;
    for (JsonNode r : rows) {
      if (r.get("status").asText().equals("resolved")) {
        resolved++;
        for (String direction : List.of("up", "down", "sideways")) {
          double p =
              r.get("prob" + Character.toUpperCase(direction.charAt(0)) + direction.substring(1))
                  .asDouble();
          double o = r.get("realized").asText().equals(direction) ? 1 : 0;
          brier += (p - o) * (p - o);
        }
      }
    }
    assertEquals(resolved, overall.get("n").asInt());
    assertEquals(brier / resolved, overall.get("brier").asDouble(), 1e-9);
    int headlineHits =
        (int)
            rows.stream()
                .filter(
                    r ->
                        !r.get("tier").asText().equals("advisory")
                            && "HIT".equals(r.get("outcome").asText(null)))
                .count();
    assertEquals(headlineHits, report.get("headline").get("hit").asInt());
    assertTrue(run.stderr().contains("eth-export"), "progress goes to standard error");
  }

  @Test
  void aBadRowFailsWithItsLineNumberAndNothingOnStandardOutput() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "date,open,high,low,close,volume\n2022-01-01 00:00:00,1,2,0.5,1.5,10\n2022-01-01 01:00:00,1,2,0.5,,10\n");
    Run run = eval("--candles", bad.toString());
    assertEquals(2, run.exit());
    assertTrue(run.stderr().contains("bad.csv: line 3 close '' is not a number"), run.stderr());
    assertEquals("", run.stdout());
  }

  @Test
  void anUnknownHorizonIsRefused() {
    Run run = eval("--candles", candles.toString(), "--horizon", "2h");
    assertEquals(2, run.exit());
    assertTrue(run.stderr().contains("--horizon must be 1h, 4h or 1d"), run.stderr());
  }

  private static int count(List<JsonNode> rows, String outcome) {
    return (int) rows.stream().filter(r -> outcome.equals(r.get("outcome").asText(null))).count();
  }
}
