package dev.vizzor.chronovisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandleCsvTest {
  private static final Instant T0 = Instant.parse("2021-04-04T20:00:00Z");

  private static Map<String, List<Bar>> read(String csv) throws IOException {
    return CandleCsv.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv", "XYZ");
  }

  @Test
  void everyTimeFormatPeopleExportReadsAsTheSameInstant() throws IOException {
    for (String time :
        List.of(
            "2021-04-04 20:00:00",
            "2021-04-04 20:00:00+00:00",
            "2021-04-04T20:00:00Z",
            "2021-04-04T22:00:00+02:00",
            "1617566400000")) {
      Map<String, List<Bar>> bars =
          read("timestamp,open,high,low,close,volume\n" + time + ",1,2,0.5,1.5,10\n");
      assertEquals(T0, bars.get("XYZ").get(0).openTime(), time);
    }
  }

  @Test
  void rowsAreGroupedByTickerAndSortedOldestFirst() throws IOException {
    Map<String, List<Bar>> bars =
        read(
            "date,open,high,low,close,volume,ticker\n"
                + "2021-04-04 21:00:00,1,2,0.5,1.5,10,AAA\n"
                + "2021-04-04 20:00:00,1,2,0.5,1.2,10,AAA\n"
                + "2021-04-04 20:00:00,3,4,2.5,3.5,10,BBB\n");
    assertEquals(2, bars.get("AAA").size());
    assertEquals(1.2, bars.get("AAA").get(0).close());
    assertEquals(3.5, bars.get("BBB").get(0).close());
  }

  @Test
  void aBadRowIsNamedByItsLineNumber() {
    CandleCsv.BadCandleFile bad =
        assertThrows(
            CandleCsv.BadCandleFile.class,
            () ->
                read(
                    "open_time,open,high,low,close,volume\n1617566400000,1,2,0.5,1.5,10\n1617570000000,1,two,0.5,1.5,10\n"));
    assertTrue(bad.getMessage().contains("line 3"), bad.getMessage());
    assertTrue(bad.getMessage().contains("high 'two'"), bad.getMessage());
  }

  @Test
  void aMissingColumnAndANonHourlyTimeAreRefused() {
    assertTrue(
        assertThrows(CandleCsv.BadCandleFile.class, () -> read("date,open,high,low,close\n"))
            .getMessage()
            .contains("no volume column"));
    assertTrue(
        assertThrows(
                CandleCsv.BadCandleFile.class,
                () -> read("date,open,high,low,close,volume\n2021-04-04 20:30:00,1,2,0.5,1.5,10\n"))
            .getMessage()
            .contains("line 2"));
  }

  @Test
  void gzipIsRecognisedByItsContent(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(
          "date,open,high,low,close,volume\n2021-04-04 20:00:00,1,2,0.5,1.5,10\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    Path file = dir.resolve("candles.csv.gz");
    Files.write(file, bytes.toByteArray());
    assertEquals(T0, CandleCsv.read(file, "XYZ").get("XYZ").get(0).openTime());
  }

  @Test
  void theBundledFileReadsWithItsRealGaps() {
    List<Bar> btc = BundledCandles.btc();
    assertEquals(23988, btc.size());
    assertEquals(Instant.parse("2021-04-04T20:00:00Z"), btc.get(0).openTime());
  }
}
