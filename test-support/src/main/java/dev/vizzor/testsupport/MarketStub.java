package dev.vizzor.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * market-service's {@code GET /internal/candles/{symbol}} as a WireMock stub serving the real
 * bundled BTCUSDT candles in its format (candles opening in [from, to), at most 1000): only for a
 * caller presenting a bearer token, 404 in the Vizzor envelope for any other symbol. Its init
 * argument {@code url-property} names the setting that takes the stub's base URL; {@code symbols}
 * (comma-separated, default {@code BTC}) names the symbols served, each with the BTC candles, for
 * tests that need symbols on several Kafka partitions.
 */
public class MarketStub extends LoopbackWireMock {
  /** One bundled candle as its CSV row has it: open time and the five numbers, text unchanged. */
  public record Row(
      Instant openTime, String open, String high, String low, String close, String volume) {}

  private static List<Row> btc;
  private String urlProperty;
  private Set<String> symbols = Set.of("BTC");

  public static synchronized List<Row> btc() {
    if (btc == null) {
      List<Row> rows = new ArrayList<>();
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(MarketStub.class.getResourceAsStream("/BTCUSDT_1h.csv.gz")),
                  StandardCharsets.UTF_8))) {
        in.readLine();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String[] c = line.split(",");
          rows.add(
              new Row(
                  LocalDateTime.parse(c[0].replace(' ', 'T')).toInstant(ZoneOffset.UTC),
                  c[1],
                  c[2],
                  c[3],
                  c[4],
                  c[5]));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      btc = List.copyOf(rows);
    }
    return btc;
  }

  @Override
  public void init(Map<String, String> initArgs) {
    urlProperty = initArgs.get("url-property");
    if (urlProperty == null) {
      throw new IllegalArgumentException("MarketStub needs the init argument url-property");
    }
    if (initArgs.containsKey("symbols")) {
      symbols = Set.of(initArgs.get("symbols").split(","));
    }
  }

  @Override
  protected WireMockConfiguration configure(WireMockConfiguration options) {
    return options.extensions(new Candles(symbols));
  }

  @Override
  protected Map<String, String> settings(String baseUrl, WireMockServer server) {
    server.stubFor(
        get(urlPathMatching("/internal/candles/[^/]+"))
            .withHeader("Authorization", matching("Bearer .+"))
            .willReturn(aResponse().withTransformers(Candles.NAME)));
    return Map.of(
        urlProperty,
        baseUrl,
        // the test publishes its ticks as soon as the application is up
        "mp.messaging.incoming.market-ticks.auto.offset.reset",
        "earliest");
  }

  /** Answers a candles request from the bundled file. */
  public static final class Candles implements ResponseDefinitionTransformerV2 {
    private final Set<String> symbols;

    Candles(Set<String> symbols) {
      this.symbols = symbols;
    }

    static final String NAME = "market-candles";

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      Request request = event.getRequest();
      String path = request.getUrl().split("\\?")[0];
      String symbol = path.substring(path.lastIndexOf('/') + 1);
      if (!symbols.contains(symbol)) {
        return json(
            404,
            "{\"error\":{\"code\":\"not_found\",\"message\":\"unknown asset " + symbol + "\"}}");
      }
      String interval =
          request.queryParameter("interval").isPresent()
              ? request.queryParameter("interval").firstValue()
              : "1h";
      Duration step =
          switch (interval) {
            case "4h" -> Duration.ofHours(4);
            case "1d" -> Duration.ofDays(1);
            default -> Duration.ofHours(1);
          };
      List<Row> candles = aggregated(step);
      Instant to =
          request.queryParameter("to").isPresent()
              ? Instant.parse(request.queryParameter("to").firstValue())
              : candles.get(candles.size() - 1).openTime().plus(step);
      Instant from =
          request.queryParameter("from").isPresent()
              ? Instant.parse(request.queryParameter("from").firstValue())
              : to.minus(step.multipliedBy(168));
      StringBuilder body = new StringBuilder();
      int count = 0;
      for (Row row : candles) {
        if (!row.openTime().isBefore(from) && row.openTime().isBefore(to)) {
          if (count++ == 1000) {
            return json(
                400,
                "{\"error\":{\"code\":\"invalid_request\",\"message\":\"more than 1000 candles\"}}");
          }
          body.append(body.isEmpty() ? "" : ",")
              .append("{\"openTime\":\"")
              .append(row.openTime())
              .append("\",\"open\":")
              .append(row.open())
              .append(",\"high\":")
              .append(row.high())
              .append(",\"low\":")
              .append(row.low())
              .append(",\"close\":")
              .append(row.close())
              .append(",\"volume\":")
              .append(row.volume())
              .append('}');
        }
      }
      StringBuilder candlesJson = body;
      return json(
          200,
          "{\"symbol\":\""
              + symbol
              + "\",\"interval\":\"1h\",\"from\":\""
              + from
              + "\",\"to\":\""
              + to
              + "\",\"source\":\"replay\",\"candles\":["
              + candlesJson
              + "]}");
    }

    private static final Map<Duration, List<Row>> AGGREGATED = new ConcurrentHashMap<>();

    /**
     * Hourly rows merged into UTC-aligned candles of {@code step}, as market-service makes them;
     * each step once.
     */
    public static List<Row> aggregated(Duration step) {
      return step.equals(Duration.ofHours(1))
          ? btc()
          : AGGREGATED.computeIfAbsent(step, Candles::merged);
    }

    private static List<Row> merged(Duration step) {
      List<Row> merged = new ArrayList<>();
      List<Row> bucket = new ArrayList<>();
      long size = step.toMillis();
      for (Row row : btc()) {
        if (!bucket.isEmpty()
            && Math.floorDiv(row.openTime().toEpochMilli(), size)
                != Math.floorDiv(bucket.get(0).openTime().toEpochMilli(), size)) {
          merged.add(merge(bucket, size));
          bucket.clear();
        }
        bucket.add(row);
      }
      merged.add(merge(bucket, size));
      return merged;
    }

    private static Row merge(List<Row> bucket, long size) {
      double high =
          bucket.stream().mapToDouble(r -> Double.parseDouble(r.high())).max().orElseThrow();
      double low =
          bucket.stream().mapToDouble(r -> Double.parseDouble(r.low())).min().orElseThrow();
      java.math.BigDecimal volume =
          bucket.stream()
              .map(r -> new java.math.BigDecimal(r.volume()))
              .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
      return new Row(
          Instant.ofEpochMilli(Math.floorDiv(bucket.get(0).openTime().toEpochMilli(), size) * size),
          bucket.get(0).open(),
          Double.toString(high),
          Double.toString(low),
          bucket.get(bucket.size() - 1).close(),
          volume.toPlainString());
    }

    private static ResponseDefinition json(int status, String body) {
      return aResponse()
          .withStatus(status)
          .withHeader("Content-Type", "application/json")
          .withBody(body)
          .build();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }
}
