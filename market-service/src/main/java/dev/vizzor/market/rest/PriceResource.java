package dev.vizzor.market.rest;

import dev.vizzor.common.error.VizzorError;
import dev.vizzor.market.domain.Quote;
import dev.vizzor.market.domain.SpotPrice;
import dev.vizzor.market.domain.SymbolNormalizer;
import dev.vizzor.market.service.BatchPrices;
import dev.vizzor.market.service.PriceService;
import dev.vizzor.market.service.Priced;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/market")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "market")
public class PriceResource {
  private final PriceService prices;

  PriceResource(PriceService prices) {
    this.prices = prices;
  }

  @Schema(description = "The price of one asset in USDT with its 24 h statistics.")
  public record PriceView(
      @Schema(description = "canonical ticker, e.g. BTC") String symbol,
      @Schema(description = "exchange pair, e.g. BTCUSDT") String pair,
      BigDecimal price,
      @Schema(description = "percent, e.g. -2.5") BigDecimal change24hPercent,
      BigDecimal high24h,
      BigDecimal low24h,
      @Schema(description = "in the base asset") BigDecimal volume24h,
      @Schema(description = "the instant the price refers to (replayed history when replay)")
          Instant asOf,
      @Schema(description = "binance or replay") String source,
      @Schema(description = "served from the Redis price cache") boolean cached) {
    static PriceView of(Priced<Quote> priced) {
      Quote q = priced.value();
      return new PriceView(
          q.asset().base(),
          q.asset().pair(),
          q.price(),
          q.change24hPercent(),
          q.high24h(),
          q.low24h(),
          q.volume24h(),
          q.asOf(),
          q.source(),
          priced.cached());
    }
  }

  @Schema(description = "One price of a batch: the price alone, without 24 h statistics.")
  public record BatchPriceView(
      String symbol, String pair, BigDecimal price, Instant asOf, String source, boolean cached) {
    static BatchPriceView of(Priced<SpotPrice> priced) {
      SpotPrice p = priced.value();
      return new BatchPriceView(
          p.asset().base(), p.asset().pair(), p.price(), p.asOf(), p.source(), priced.cached());
    }
  }

  @Schema(
      description =
          "Prices found, in request order; failed: each input symbol without a price and why"
              + " (invalid_symbol, not_found, upstream_unavailable).")
  public record BatchView(List<BatchPriceView> prices, List<BatchPrices.Failed> failed) {}

  @GET
  @Path("/price/{symbol}")
  @Operation(
      summary = "Price of one asset",
      description =
          "btc, BTC, BTCUSDT, BTC/USDT and btc-usdt name the same asset (USDT quotes only)."
              + " Cached in Redis for a short TTL; a cached answer keeps its asOf and source.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = PriceView.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: malformed symbol",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "404",
      description = "not_found: the source does not know the asset",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "503",
      description = "service_unavailable (with retryAfter): the live source is down",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<PriceView> price(@PathParam("symbol") String symbol) {
    return prices.quote(SymbolNormalizer.normalize(symbol)).map(PriceView::of);
  }

  @GET
  @Path("/prices")
  @Operation(
      summary = "Prices of up to 50 assets",
      description =
          "symbols is comma-separated; duplicates after normalisation collapse. Partial results"
              + " are a 200: failed lists the symbols without a price. Cached with one MGET;"
              + " live misses come from one Binance /ticker/price call.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = BatchView.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: symbols missing, empty or more than 50",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<BatchView> prices(@QueryParam("symbols") String symbols) {
    return prices
        .prices(symbols)
        .map(
            batch ->
                new BatchView(
                    batch.prices().stream().map(BatchPriceView::of).toList(), batch.failed()));
  }
}
