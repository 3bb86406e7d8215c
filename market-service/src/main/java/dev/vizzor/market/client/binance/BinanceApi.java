package dev.vizzor.market.client.binance;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Binance spot public market data ({@code https://api.binance.com/api/v3}); no key needed. */
@Path("/api/v3")
public interface BinanceApi {

  /** 24 h rolling statistics of one symbol, last price included. */
  @GET
  @Path("/ticker/24hr")
  Uni<BinanceTicker24h> ticker24h(@QueryParam("symbol") String symbol);

  /**
   * The last prices of several symbols in one call; {@code symbols} is a JSON array such as {@code
   * ["BTCUSDT","ETHUSDT"]}. One unlisted symbol fails the whole call with {@code -1121}.
   */
  @GET
  @Path("/ticker/price")
  Uni<List<BinanceTickerPrice>> tickerPrices(@QueryParam("symbols") String symbols);

  /**
   * 24 h statistics of several symbols in one call; {@code symbols} as for {@link #tickerPrices}.
   * Weight 2 for up to 20 symbols, 40 up to 100; one unlisted symbol fails the call with {@code
   * -1121}.
   */
  @GET
  @Path("/ticker/24hr")
  Uni<List<BinanceTicker24h>> tickers24h(@QueryParam("symbols") String symbols);

  /** The last prices of every symbol Binance lists (a couple of thousand). */
  @GET
  @Path("/ticker/price")
  Uni<List<BinanceTickerPrice>> allTickerPrices();

  /**
   * Candles as 12-element arrays {@code [openTime, open, high, low, close, volume, closeTime, …]};
   * prices are strings, times numbers, all read here as strings.
   */
  @GET
  @Path("/klines")
  Uni<List<List<String>>> klines(
      @QueryParam("symbol") String symbol,
      @QueryParam("interval") String interval,
      @QueryParam("startTime") long startTime,
      @QueryParam("endTime") long endTime,
      @QueryParam("limit") int limit);
}
