package dev.vizzor.chronovisor;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads hourly candle CSVs as people export them, plain or gzip'ed: a header naming a time column
 * ({@link #TIME_COLUMNS}) and {@code open, high, low, close, volume}, optionally a {@code
 * ticker}/{@code symbol} column. Times may be {@code YYYY-MM-DD HH:MM:SS} (UTC), the same with an
 * offset such as {@code +00:00}, ISO-8601, or epoch milliseconds. Rows may come in any order; the
 * result is oldest first per symbol. A bad row fails the whole read with its line number.
 */
public final class CandleCsv {
  static final List<String> TIME_COLUMNS =
      List.of("date", "timestamp", "open_time", "opentime", "time", "datetime");
  private static final List<String> TICKER_COLUMNS = List.of("ticker", "symbol", "pair");
  private static final DateTimeFormatter SPACED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT);
  private static final DateTimeFormatter SPACED_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]XXX", Locale.ROOT);

  private CandleCsv() {}

  /** A file that cannot be read as hourly candles; the message names the line. */
  public static final class BadCandleFile extends RuntimeException {
    BadCandleFile(String message) {
      super(message);
    }
  }

  /**
   * Candles per symbol. Rows without a ticker column belong to {@code defaultSymbol}.
   *
   * @throws BadCandleFile for a missing column, a bad row, a repeated or non-hourly time
   */
  public static Map<String, List<Bar>> read(Path file, String defaultSymbol) throws IOException {
    try (InputStream in = open(file)) {
      return read(in, file.getFileName().toString(), defaultSymbol);
    }
  }

  static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    boolean gzip = first == 0x1f && second == 0x8b;
    return gzip ? new GZIPInputStream(in) : in;
  }

  static Map<String, List<Bar>> read(InputStream in, String name, String defaultSymbol)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null) {
      throw new BadCandleFile(name + ": empty file");
    }
    List<String> columns =
        Arrays.stream(header.replace("\uFEFF", "").split(",", -1))
            .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT))
            .toList();
    int time = column(columns, TIME_COLUMNS, name, true);
    int open = column(columns, List.of("open"), name, true);
    int high = column(columns, List.of("high"), name, true);
    int low = column(columns, List.of("low"), name, true);
    int close = column(columns, List.of("close"), name, true);
    int volume = column(columns, List.of("volume"), name, true);
    int ticker = column(columns, TICKER_COLUMNS, name, false);
    Map<String, TreeMap<Instant, Bar>> bySymbol = new TreeMap<>();
    int lineNumber = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length < columns.size()) {
        throw bad(name, lineNumber, "has " + cells.length + " cells, the header " + columns.size());
      }
      Instant openTime = instant(cells[time], name, lineNumber);
      if (openTime.toEpochMilli() % Bar.STEP.toMillis() != 0) {
        throw bad(
            name, lineNumber, "time " + openTime + " is not on the hour: hourly candles only");
      }
      String symbol =
          ticker >= 0 && !cells[ticker].isBlank() ? cells[ticker].strip() : defaultSymbol;
      Bar bar =
          new Bar(
              openTime,
              number(cells[open], "open", name, lineNumber),
              number(cells[high], "high", name, lineNumber),
              number(cells[low], "low", name, lineNumber),
              number(cells[close], "close", name, lineNumber),
              number(cells[volume], "volume", name, lineNumber));
      if (bar.high() < bar.low() || bar.close() <= 0 || bar.low() <= 0 || bar.volume() < 0) {
        throw bad(name, lineNumber, "is not a candle (high < low, a price ≤ 0 or volume < 0)");
      }
      if (bySymbol.computeIfAbsent(symbol, s -> new TreeMap<>()).put(openTime, bar) != null) {
        throw bad(name, lineNumber, "repeats " + symbol + " at " + openTime);
      }
    }
    Map<String, List<Bar>> result = new TreeMap<>();
    bySymbol.forEach((symbol, bars) -> result.put(symbol, new ArrayList<>(bars.values())));
    if (result.isEmpty()) {
      throw new BadCandleFile(name + ": no candles after the header");
    }
    return result;
  }

  private static int column(
      List<String> columns, List<String> names, String file, boolean required) {
    for (String candidate : names) {
      int index = columns.indexOf(candidate);
      if (index >= 0) {
        return index;
      }
    }
    if (required) {
      throw new BadCandleFile(
          file + ": line 1 (header) has no " + String.join("/", names) + " column: " + columns);
    }
    return -1;
  }

  static Instant instant(String raw, String file, int line) {
    String value = raw.strip().replace("\"", "");
    try {
      if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
        long number = Long.parseLong(value);
        // epoch seconds are 10 digits until 2286; milliseconds 13
        return value.length() <= 10 ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
      }
      if (value.contains("T")) {
        return value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")
            ? OffsetDateTime.parse(value).toInstant()
            : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      }
      return value.matches(".*[+-]\\d\\d:\\d\\d$")
          ? OffsetDateTime.parse(value, SPACED_OFFSET).toInstant()
          : LocalDateTime.parse(value, SPACED).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw bad(
          file,
          line,
          "time '"
              + raw
              + "' is not YYYY-MM-DD HH:MM:SS, an offset or ISO-8601 time, or epoch milliseconds");
    }
  }

  private static double number(String raw, String column, String file, int line) {
    try {
      double value = Double.parseDouble(raw.strip().replace("\"", ""));
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw bad(file, line, column + " '" + raw + "' is not a number");
    }
  }

  private static BadCandleFile bad(String file, int line, String what) {
    return new BadCandleFile(file + ": line " + line + " " + what);
  }
}
