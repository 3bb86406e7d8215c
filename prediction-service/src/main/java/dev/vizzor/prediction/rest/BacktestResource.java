package dev.vizzor.prediction.rest;

import dev.vizzor.chronovisor.Horizon;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.prediction.domain.BacktestRequest;
import dev.vizzor.prediction.service.Backtests;
import dev.vizzor.strategy.BacktestConfig;
import dev.vizzor.strategy.InvalidStrategyException;
import dev.vizzor.strategy.Strategies;
import dev.vizzor.strategy.Strategy;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /v1/backtest}: a named strategy traded over market-service's candles. */
@Path("/v1/backtest")
@Tag(name = "backtest")
public class BacktestResource {
  private final Backtests backtests;

  BacktestResource(Backtests backtests) {
    this.backtests = backtests;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Backtest a strategy",
      description =
          "Body: symbol; interval 1h (default), 4h or 1d; from/to (ISO-8601; default the last"
              + " year up to market-service's last close); strategy {type, params} with type"
              + " momentum {period}, breakout {threshold, lookback}, mean_reversion {period, k} or"
              + " trend {fast, slow}; capital (10000), feeBps (10), slippageBps (5), allowShort"
              + " (false), sizing (1 = all of equity). A signal at a candle's close fills at the"
              + " next open. At most 50 000 candles and 30 s per run.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = Backtests.BacktestView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "invalid_request: a field is missing or out of range (the message names it), an unknown"
              + " strategy type (the message lists them), too many candles or too long a run",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "404",
      description = "not_found: market-service has no candles for the symbol",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Backtests.BacktestView> backtest(BacktestRequest request) {
    if (request == null) {
      throw ApiException.invalid(
          "the body must be JSON: {\"symbol\":\"BTC\",\"strategy\":{\"type\":\"momentum\"}}");
    }
    if (request.symbol() == null) {
      throw ApiException.invalid("symbol is required");
    }
    String label = request.interval() == null ? "1h" : request.interval();
    Horizon interval =
        Horizon.parse(label)
            .orElseThrow(
                () -> ApiException.invalid("interval must be 1h, 4h or 1d, not '" + label + "'"));
    if (request.strategy() == null) {
      throw ApiException.invalid(
          "strategy is required: {\"type\": one of " + Strategies.TYPES + ", \"params\": {…}}");
    }
    Strategy strategy;
    BacktestConfig config;
    try {
      strategy = Strategies.of(request.strategy().type(), request.strategy().params());
      BacktestConfig defaults = BacktestConfig.DEFAULTS;
      config =
          new BacktestConfig(
              request.capital() != null ? request.capital() : defaults.capital(),
              request.feeBps() != null ? request.feeBps() : defaults.feeBps(),
              request.slippageBps() != null ? request.slippageBps() : defaults.slippageBps(),
              request.allowShort() != null ? request.allowShort() : defaults.allowShort(),
              request.sizing() != null ? request.sizing() : defaults.sizing());
    } catch (InvalidStrategyException e) {
      throw ApiException.invalid(e.getMessage());
    }
    if (!strategy.runsOn(interval.duration())) {
      throw ApiException.invalid(
          "interval: " + strategy.type() + " runs on " + strategy.intervalRule());
    }
    Instant from = Params.instantOrNull("from", request.from());
    Instant to = Params.instantOrNull("to", request.to());
    return backtests.run(Params.symbol(request.symbol()), interval, from, to, strategy, config);
  }
}
