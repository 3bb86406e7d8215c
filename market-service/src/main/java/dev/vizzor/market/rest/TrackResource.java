package dev.vizzor.market.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.market.domain.wallet.WalletReport;
import dev.vizzor.market.service.WalletTracking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/track")
@Tag(name = "security")
public class TrackResource {
  private static final List<String> FIELDS = List.of("chain", "address", "windowBlocks");

  private final WalletTracking tracking;
  private final ObjectMapper json;

  TrackResource(WalletTracking tracking, ObjectMapper json) {
    this.tracking = tracking;
    this.json = json;
  }

  public record TrackRequest(
      @Schema(
              required = true,
              description =
                  "ethereum, bsc, polygon, arbitrum, optimism, base, avalanche or a chain id")
          String chain,
      @Schema(required = true, description = "0x followed by 40 hex digits") String address,
      @Schema(description = "blocks back from the latest, 1 to 50000 (configurable); default 5000")
          Integer windowBlocks) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Wallet forensics from the chain's JSON-RPC node: balance, nonce, ERC-20 transfers over a"
              + " recent block window, counterparties, contracts, flags with evidence")
  @RequestBody(content = @Content(schema = @Schema(implementation = TrackRequest.class)))
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = WalletReport.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "invalid_request: not a JSON object, an unknown field, or a bad chain, address or"
              + " windowBlocks (the message names the field)",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "413",
      description = "payload_too_large: body over 1 KiB",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "503",
      description =
          "service_unavailable (with retryAfter): no JSON-RPC URL configured for the chain"
              + " (VIZZOR_EVM_RPC_URLS), or its node is unreachable, failing or refusing",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<WalletReport> track(byte[] body) {
    JsonNode request = request(body);
    return tracking.track(
        text(request, "chain"),
        text(request, "address"),
        windowBlocks(request.get("windowBlocks")));
  }

  private JsonNode request(byte[] body) {
    return JsonBody.read(
            json, body, JsonBody.SMALL, FIELDS, "{\"chain\":\"ethereum\",\"address\":\"0x…\"}")
        .orElseThrow(
            () -> ApiException.invalid("the body must be a JSON object with chain and address"));
  }

  /** The field's text, null when absent (the service says it is required). */
  private static String text(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.invalid(field + " must be a string");
    }
    return value.asText();
  }

  private static Integer windowBlocks(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw ApiException.invalid("windowBlocks must be a whole number of blocks");
    }
    return value.asInt();
  }
}
