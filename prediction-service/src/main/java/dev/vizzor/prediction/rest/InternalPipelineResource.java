package dev.vizzor.prediction.rest;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.prediction.service.PipelineQueues;
import dev.vizzor.prediction.service.PipelineReads;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The watched-symbol pipeline for the other services (not routed by the gateway; service calls
 * only): the latest signals and win rates, and the stages' queues.
 */
@Path("/internal/pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "internal")
public class InternalPipelineResource {
  static final int MAX_SYMBOLS = 50;
  static final int MAX_USER_ID = 100;

  private final PipelineReads reads;
  private final PipelineQueues queues;

  InternalPipelineResource(PipelineReads reads, PipelineQueues queues) {
    this.reads = reads;
    this.queues = queues;
  }

  @GET
  @Path("/signals")
  @Operation(
      summary = "Latest signal and win rate of each watched series",
      description =
          "symbols: comma-separated (BTC, BTCUSDT or BTC/USDT), at most 50; userId: a Supabase"
              + " user id, keeping only the series that user's watchers watch (and, without"
              + " symbols, reading the symbols they watch). At least one of the two.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = PipelineReads.Latest.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: a bad symbol, too many, or neither symbols nor userId",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<PipelineReads.Latest> signals(
      @QueryParam("symbols") String symbols, @QueryParam("userId") String userId) {
    String user = userId == null || userId.isBlank() ? null : userId.strip();
    if (user != null && user.length() > MAX_USER_ID) {
      throw ApiException.invalid("userId is longer than " + MAX_USER_ID + " characters");
    }
    return reads.latest(Params.symbols(symbols, MAX_SYMBOLS), user);
  }

  @GET
  @Path("/queues")
  @Operation(
      summary = "The pipeline stages' queues, from Kafka",
      description =
          "ingest_indicators, compute_signals, compute_winrate (seed 002's /healthz names): each"
              + " stage's input topic, its consumer group, depth = the group's lag, processing ="
              + " the group has a live member.")
  @APIResponse(
      responseCode = "503",
      description = "unavailable: Kafka did not answer",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Map<String, PipelineQueues.Queue> queues() {
    try {
      return queues.read();
    } catch (Exception kafka) {
      throw ApiException.unavailable("Kafka did not tell the queues: " + kafka, 5);
    }
  }
}
