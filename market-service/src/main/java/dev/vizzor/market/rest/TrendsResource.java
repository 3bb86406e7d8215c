package dev.vizzor.market.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.market.service.MarketTrends;
import dev.vizzor.market.service.TrendWindow;
import dev.vizzor.market.service.TrendsService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/trends")
@Tag(name = "market")
public class TrendsResource {
  private final TrendsService trends;
  private final ObjectMapper json;

  TrendsResource(TrendsService trends, ObjectMapper json) {
    this.trends = trends;
    this.json = json;
  }

  public record TrendsRequest(@Schema(enumeration = {"1h", "4h", "24h", "7d"}) String window) {}

  @Schema(
      description =
          "Trends over [from, to): movers by |change %|, volume surges (window volume >= 1.5x the"
              + " average of the 7 windows before), breadth.")
  public record TrendsView(
      String window,
      Instant from,
      Instant to,
      String source,
      List<MarketTrends.Mover> movers,
      List<MarketTrends.VolumeSurge> volumeSurges,
      MarketTrends.Breadth breadth) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Market trends over a window (1h, 4h, 24h or 7d; default 24h)")
  @RequestBody(content = @Content(schema = @Schema(implementation = TrendsRequest.class)))
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = TrendsView.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: not a JSON object, unknown field or window",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "413",
      description = "payload_too_large: body over 1 KiB",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<TrendsView> trends(byte[] body) {
    TrendWindow window = window(body);
    return trends
        .trends(window)
        .map(
            result ->
                new TrendsView(
                    window.label(),
                    result.from(),
                    result.to(),
                    result.source(),
                    result.trends().movers(),
                    result.trends().volumeSurges(),
                    result.trends().breadth()));
  }

  private TrendWindow window(byte[] body) {
    Optional<JsonNode> request =
        JsonBody.read(json, body, JsonBody.SMALL, List.of("window"), "{\"window\":\"24h\"}");
    if (request.isEmpty()) {
      return TrendWindow.H24;
    }
    JsonNode window = request.get().get("window");
    if (window == null || window.isNull()) {
      return TrendWindow.H24;
    }
    if (!window.isTextual()) {
      throw ApiException.invalid("window must be a string: 1h, 4h, 24h or 7d");
    }
    return TrendWindow.of(window.asText());
  }
}
