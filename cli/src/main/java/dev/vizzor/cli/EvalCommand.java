package dev.vizzor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vizzor.chronovisor.AccuracyReport;
import dev.vizzor.chronovisor.Bar;
import dev.vizzor.chronovisor.CandleCsv;
import dev.vizzor.chronovisor.Evaluated;
import dev.vizzor.chronovisor.FearGreedHistory;
import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.chronovisor.WalkForward;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vizzor eval}: ChronoVisor walk-forward over a candle file, with the service's own engine
 * (features, weekly retraining, gates, resolution rules). The accuracy report goes to standard
 * output as JSON, in the shape of {@code GET /v1/chronovisor/accuracy}; progress to standard error.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Replays an hourly candle CSV (plain or .gz) walk-forward exactly as prediction-service"
          + " would and prints the accuracy report as JSON.",
      "Time column: date, timestamp, open_time, time or datetime, holding YYYY-MM-DD HH:MM:SS"
          + " (UTC), the same with an offset, ISO-8601 or epoch milliseconds; then open, high,"
          + " low, close, volume, and optionally ticker."
    })
public final class EvalCommand implements Callable<Integer> {
  @Option(
      names = "--candles",
      required = true,
      paramLabel = "FILE",
      description = "Hourly candle CSV, plain or .gz.")
  Path candles;

  @Option(
      names = "--symbol",
      paramLabel = "S",
      description =
          "The symbol to evaluate when the file has several; the file's symbol when it has no ticker column (default: the file name up to '_' or '.').")
  String symbol;

  @Option(
      names = "--horizon",
      paramLabel = "H",
      description = "1h, 4h or 1d; repeat for several (default: all).")
  List<String> horizons = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "T",
      description = "First emission: ISO-8601 instant or YYYY-MM-DD (UTC).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "T",
      description = "Last emission: ISO-8601 instant or YYYY-MM-DD (UTC).")
  String to;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Writes every prediction with its resolution to DIR/predictions.<format>.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "jsonl|csv",
      defaultValue = "jsonl",
      description = "Format of the --out file (default: ${DEFAULT-VALUE}).")
  String format;

  private final PrintStream stdout;
  private final PrintStream stderr;

  public EvalCommand() {
    this(System.out, System.err);
  }

  EvalCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() throws IOException {
    EvalArguments arguments;
    Map<String, List<Bar>> bySymbol;
    try {
      arguments = EvalArguments.of(horizons, from, to, format);
      Path file = CallerDirectory.resolve(candles);
      bySymbol = CandleCsv.read(file, symbol != null ? symbol : EvalArguments.symbolOf(file));
      if (symbol != null && bySymbol.size() > 1) {
        if (!bySymbol.containsKey(symbol)) {
          throw new IllegalArgumentException(
              file.getFileName() + " has no " + symbol + " rows; it has " + bySymbol.keySet());
        }
        bySymbol = Map.of(symbol, bySymbol.get(symbol));
      }
    } catch (IllegalArgumentException | CandleCsv.BadCandleFile | NoSuchFileException e) {
      stderr.println("vizzor eval: " + e.getMessage());
      return 2;
    }
    FearGreedHistory fearGreed = FearGreedHistory.bundled();
    List<Evaluated> evaluated = new ArrayList<>();
    for (Map.Entry<String, List<Bar>> series : bySymbol.entrySet()) {
      stderr.println(
          "vizzor eval: " + series.getKey() + ", " + series.getValue().size() + " candles");
      evaluated.addAll(
          WalkForward.run(
              series.getKey(),
              series.getValue(),
              arguments.horizons(),
              arguments.from(),
              arguments.to(),
              fearGreed,
              line -> stderr.println("  " + line)));
    }
    if (out != null) {
      Path written = EvalOutput.write(CallerDirectory.resolve(out), arguments.format(), evaluated);
      stderr.println("vizzor eval: " + evaluated.size() + " predictions written to " + written);
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    stdout.println(
        json.writeValueAsString(
            AccuracyReport.of(evaluated.stream().map(Evaluated::scored).toList())));
    return 0;
  }

  /** The parsed options. */
  record EvalArguments(
      EnumSet<Horizon> horizons, Instant from, Instant to, EvalOutput.Format format) {
    static EvalArguments of(List<String> horizons, String from, String to, String format) {
      EnumSet<Horizon> chosen = EnumSet.noneOf(Horizon.class);
      for (String label : horizons) {
        chosen.add(
            Horizon.parse(label)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "--horizon must be 1h, 4h or 1d, not '" + label + "'")));
      }
      Instant start = instant("--from", from);
      Instant end = instant("--to", to);
      if (start != null && end != null && end.isBefore(start)) {
        throw new IllegalArgumentException("--to " + to + " is before --from " + from);
      }
      return new EvalArguments(
          chosen.isEmpty() ? EnumSet.allOf(Horizon.class) : chosen,
          start,
          end,
          EvalOutput.Format.parse(format));
    }

    static Instant instant(String option, String value) {
      if (value == null) {
        return null;
      }
      try {
        return value.length() == 10
            ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
            : Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            option + " must be an ISO-8601 instant or YYYY-MM-DD, not '" + value + "'");
      }
    }

    /** BTCUSDT_1h.csv.gz → BTCUSDT. */
    static String symbolOf(Path file) {
      String name = file.getFileName().toString();
      int end = name.length();
      for (char separator : new char[] {'_', '.'}) {
        int at = name.indexOf(separator);
        if (at > 0) {
          end = Math.min(end, at);
        }
      }
      return name.substring(0, end);
    }
  }
}
