package dev.vizzor.market.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.market.domain.scan.TokenScan;
import dev.vizzor.market.service.ScanService;
import io.smallrye.common.annotation.Blocking;
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

@Path("/scan")
@Tag(name = "security")
public class ScanResource {
  /** The largest bytecode (48 KiB, EIP-3860) as hex, and room for the rest of the body. */
  static final int MAX_BODY_BYTES = 100 * 1024;

  private static final List<String> FIELDS = List.of("chain", "address", "bytecode");
  private static final String EXAMPLE = "{\"chain\":\"bsc\",\"address\":\"0x…\"}";

  private final ScanService scans;
  private final ObjectMapper json;

  ScanResource(ScanService scans, ObjectMapper json) {
    this.scans = scans;
    this.json = json;
  }

  @Schema(description = "A token by chain and address, its code as hex, or both.")
  public record ScanRequest(
      @Schema(
              description =
                  "ethereum, bsc, polygon, arbitrum, optimism, base, avalanche, or the chain id;"
                      + " required with address")
          String chain,
      @Schema(description = "The token contract, 0x + 40 hex digits") String address,
      @Schema(
              description =
                  "Contract code as hex (0x optional), at most 49152 bytes; checked instead of"
                      + " reading it from a chain")
          String bytecode) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Token risk scan: GoPlus and our own bytecode checks, merged and scored",
      description =
          "Flags with their sources and evidence, a 0-100 risk score (formula in the answer and"
              + " docs/SCAN.md) and, per source, whether its checks ran and why not. An answer"
              + " with complete=false never has riskLevel low.")
  @RequestBody(content = @Content(schema = @Schema(implementation = ScanRequest.class)))
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = TokenScan.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "invalid_request: not a JSON object, an unknown field, no address or bytecode, a bad"
              + " chain, address or bytecode (the message names the field)",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "413",
      description = "payload_too_large: body over 100 KiB",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  // reading up to the body bound, hashing it and disassembling code are CPU work: not on the
  // event loop
  @Blocking
  public Uni<TokenScan> scan(byte[] body) {
    JsonNode request = request(body);
    return scans.scan(
        text(request, "chain", true),
        text(request, "address", false),
        text(request, "bytecode", false));
  }

  private JsonNode request(byte[] body) {
    return JsonBody.read(json, body, MAX_BODY_BYTES, FIELDS, EXAMPLE)
        .orElseThrow(
            () -> ApiException.invalid("the body must be a JSON object such as " + EXAMPLE));
  }

  /** The field's text, null when absent or null; a chain may also be given as its id. */
  private static String text(JsonNode request, String field, boolean numberAllowed) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual() || (numberAllowed && value.isIntegralNumber())) {
      return value.asText();
    }
    throw ApiException.invalid(field + " must be a string");
  }
}
