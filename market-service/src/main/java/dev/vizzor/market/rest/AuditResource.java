package dev.vizzor.market.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.market.domain.audit.AuditReport;
import dev.vizzor.market.service.ContractAudits;
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

@Path("/audit")
@Tag(name = "market")
public class AuditResource {
  /** The sources' own bound (512 KiB) plus JSON escaping of a few characters per line. */
  static final int MAX_BODY_BYTES = 768 * 1024;

  private static final List<String> FIELDS = List.of("sources", "bytecode", "chain", "address");
  private static final String EXAMPLE = "{\"sources\":[{\"path\":\"A.sol\",\"content\":\"…\"}]}";

  private final ContractAudits audit;
  private final ObjectMapper json;

  AuditResource(ContractAudits audit, ObjectMapper json) {
    this.audit = audit;
    this.json = json;
  }

  @Schema(
      description =
          "Solidity files, deployed bytecode (hex), or a chain and address to fetch code for")
  public record AuditBody(
      @Schema(description = "Up to 20 Solidity files, 256 KiB each, 512 KiB in all")
          List<SourceFileBody> sources,
      @Schema(description = "Deployed bytecode as hex (0x optional)") String bytecode,
      @Schema(description = "With address: the chain to fetch its code from") String chain,
      @Schema(description = "A contract address (needs an EVM RPC configured for the chain)")
          String address) {}

  public record SourceFileBody(String path, String content) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Contract audit: located findings (rule, category, severity, lines or bytecode offset,"
              + " fix) from a parse of Solidity 0.4-0.8, no compiler needed (docs/AUDIT.md)")
  @RequestBody(content = @Content(schema = @Schema(implementation = AuditBody.class)))
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = AuditReport.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "invalid_request: not JSON, unknown field, bounds, bad address or chain, or a file that"
              + " does not parse (the message names the file, line and column)",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "413",
      description = "payload_too_large: body over 768 KiB",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  // reading up to the body bound, hashing it and disassembling code are CPU work: not on the
  // event loop
  @Blocking
  public Uni<AuditReport> audit(byte[] body) {
    return audit.audit(
        JsonBody.read(json, body, MAX_BODY_BYTES, FIELDS, EXAMPLE)
            .orElseThrow(
                () -> ApiException.invalid("the body must be a JSON object such as " + EXAMPLE)));
  }
}
