package dev.vizzor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.chronovisor.Evaluated;
import dev.vizzor.chronovisor.Forecast;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@code vizzor eval}'s predictions, one per line, with how each ended. */
final class EvalOutput {
  enum Format {
    JSONL,
    CSV;

    static Format parse(String value) {
      try {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--format must be jsonl or csv, not '" + value + "'");
      }
    }
  }

  static final List<String> COLUMNS =
      List.of(
          "emittedAt",
          "symbol",
          "horizon",
          "direction",
          "probUp",
          "probDown",
          "probSideways",
          "tier",
          "entryPrice",
          "targetPrice",
          "invalidationPrice",
          "status",
          "outcome",
          "realized",
          "modelVersion");

  private EvalOutput() {}

  static Path write(Path directory, Format format, List<Evaluated> evaluated) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve("predictions." + format.name().toLowerCase(Locale.ROOT));
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter writer = Files.newBufferedWriter(file)) {
      if (format == Format.CSV) {
        writer.write(String.join(",", COLUMNS));
        writer.newLine();
      }
      for (Evaluated each : evaluated) {
        Map<String, Object> row = row(each);
        writer.write(
            format == Format.CSV
                ? String.join(
                    ",", row.values().stream().map(v -> v == null ? "" : v.toString()).toList())
                : json.writeValueAsString(row));
        writer.newLine();
      }
    }
    return file;
  }

  private static Map<String, Object> row(Evaluated each) {
    Forecast f = each.forecast();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("emittedAt", f.emittedAt().toString());
    row.put("symbol", f.symbol());
    row.put("horizon", f.horizon().label());
    row.put("direction", f.direction().label());
    row.put("probUp", f.probabilities().up());
    row.put("probDown", f.probabilities().down());
    row.put("probSideways", f.probabilities().sideways());
    row.put("tier", f.tier().label());
    row.put("entryPrice", f.levels().entry());
    row.put("targetPrice", f.levels().target(f.direction()));
    row.put("invalidationPrice", f.levels().invalidation(f.direction()));
    row.put("status", each.status().label());
    row.put("outcome", each.resolution() == null ? null : each.resolution().outcome().name());
    row.put("realized", each.resolution() == null ? null : each.resolution().realized().label());
    row.put("modelVersion", f.modelVersion());
    return row;
  }
}
