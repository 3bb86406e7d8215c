package dev.vizzor.agent.rest;

import dev.vizzor.agent.domain.Opportunities;
import dev.vizzor.agent.domain.PolymarketOrder;
import dev.vizzor.agent.domain.PolymarketPortfolio;
import dev.vizzor.agent.domain.PolymarketTrade;
import dev.vizzor.agent.service.PolymarketOpportunities;
import dev.vizzor.agent.service.PolymarketPositions;
import dev.vizzor.agent.service.PolymarketTrading;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.identity.CurrentIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Polymarket (seed 000; the model, the fills and the replay in docs/POLYMARKET.md). */
@Path("/v1/polymarket")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "polymarket")
public class PolymarketResource {
  /** Set on the answer to a retried order: the stored trade, not a new one. */
  static final String REPLAYED = "Idempotent-Replayed";

  private final PolymarketOpportunities opportunities;
  private final PolymarketTrading trading;
  private final PolymarketPositions positions;
  private final CurrentIdentity identity;

  PolymarketResource(
      PolymarketOpportunities opportunities,
      PolymarketTrading trading,
      PolymarketPositions positions,
      CurrentIdentity identity) {
    this.opportunities = opportunities;
    this.trading = trading;
    this.positions = positions;
    this.identity = identity;
  }

  @GET
  @Path("/opportunities/{symbol}")
  @Operation(
      summary = "Edge opportunities for symbol",
      description =
          "The open crypto markets naming the symbol. A market whose question is a price event"
              + " (above/below/between at resolution, reach/dip before it, Up or Down over a"
              + " window) gets our probability (lognormal, σ from 168 hourly returns), the book's"
              + " implied one (mid), edge = ours − implied and the outcome it favours; others are"
              + " listed with mappable false and the reason. source says live or replay.")
  @APIResponse(responseCode = "200", description = "{symbol, asOf, source, spot, sigmaHourly, …}")
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: not a symbol",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "404",
      description = "not_found: no prices for the symbol",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "503",
      description = "service_unavailable: prices or Polymarket unavailable, with retryAfter",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Opportunities> opportunities(@PathParam("symbol") String symbol) {
    identity.get();
    return opportunities.forSymbol(symbol);
  }

  @GET
  @Path("/positions")
  @Operation(
      summary = "Open orders + recent trades",
      description =
          "The caller's paper cash, positions (shares, average price, mark = book mid, value,"
              + " unrealised and realised PnL, fees), openOrders (always empty: paper orders are"
              + " immediate-or-cancel) and recent trades, newest first.")
  @APIResponse(responseCode = "200", description = "{cash, positions, openOrders, recentTrades, …}")
  public Uni<PolymarketPortfolio> positions() {
    return positions.of(identity.get().accountId());
  }

  @POST
  @Path("/trade")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Place trade on market",
      description =
          "{market (conditionId), outcome, side buy|sell, size (shares), limitPrice,"
              + " idempotencyKey, mode paper (default; live is refused)}: a paper order filled"
              + " against the current book immediate-or-cancel, taker fee as the market states."
              + " The same key and body again answers the stored trade (header"
              + " Idempotent-Replayed: true).")
  @APIResponse(responseCode = "201", description = "the trade")
  @APIResponse(
      responseCode = "400",
      description =
          "invalid_request naming the field; also a live order, and a limit nothing fills at",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "404",
      description = "not_found: unknown market or outcome",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "conflict: the key was used for another order, cash or shares do not cover the fill,"
              + " or the market takes no orders",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "503",
      description = "service_unavailable: Polymarket or prices unavailable, with retryAfter",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<RestResponse<PolymarketTrade>> trade(
      @RequestBody(
              required = true,
              content = @Content(schema = @Schema(implementation = PolymarketOrder.Given.class)))
          String body) {
    return trading
        .place(identity.get().accountId(), PolymarketOrderBody.read(body))
        .map(
            stored -> {
              RestResponse.ResponseBuilder<PolymarketTrade> answer =
                  RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, stored.trade());
              return stored.existing() ? answer.header(REPLAYED, "true").build() : answer.build();
            });
  }
}
