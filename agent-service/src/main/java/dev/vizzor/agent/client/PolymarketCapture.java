package dev.vizzor.agent.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.agent.domain.Book;
import dev.vizzor.agent.domain.PolymarketMarket;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bundled real capture (resources {@code polymarket/}, PROVENANCE.md there): one Gamma event,
 * the 5-minute "Bitcoin Up or Down" of 2026-07-19 08:20–08:25 UTC, and the CLOB book of its "Up"
 * token 37 s into the window. Read with the live clients' wire types and mappings, so the offline
 * default exercises the same parsing.
 */
@ApplicationScoped
public class PolymarketCapture {
  static final String EVENTS = "polymarket/gamma_events_by_slug.capture.json";
  static final String BOOK = "polymarket/clob_book.capture.json";

  /** Said by every answer built from it. */
  public static final String SOURCE =
      "replay: bundled Polymarket capture of 2026-07-19 (Gamma event and CLOB book), re-dated to"
          + " the window containing the market time";

  private final PolymarketMarket market;
  private final Book book;

  PolymarketCapture() {
    ObjectMapper json = new ObjectMapper();
    List<GammaEvent> events = read(json, EVENTS, new TypeReference<>() {});
    this.market = GammaMarkets.of(events).get(0);
    ClobBook wire = read(json, BOOK, new TypeReference<>() {});
    this.book = ClobBooks.of(wire, wire.assetId());
  }

  /** The captured market, as captured. */
  public PolymarketMarket market() {
    return market;
  }

  /** The captured book of the market's first outcome, as captured. */
  public Book book() {
    return book;
  }

  private static <T> T read(ObjectMapper json, String resource, TypeReference<T> type) {
    try (InputStream in = PolymarketCapture.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled Polymarket capture missing: " + resource);
      }
      return json.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
