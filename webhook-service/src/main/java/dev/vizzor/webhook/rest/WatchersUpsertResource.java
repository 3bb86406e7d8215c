package dev.vizzor.webhook.rest;

import dev.vizzor.common.error.ZmartyError;
import dev.vizzor.webhook.config.WebhookConfig;
import dev.vizzor.webhook.domain.Delivery;
import dev.vizzor.webhook.domain.SyncResult;
import dev.vizzor.webhook.service.RowChangeParser;
import dev.vizzor.webhook.service.SignatureVerifier;
import dev.vizzor.webhook.service.WatcherSync;
import dev.vizzor.webhook.service.WebhookRejection;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /functions/v1/watchers-upsert} (seed 002). Checks run cheapest first, and each
 * refusal happens before anything is written: media type ({@link JsonBodyFilter}), size, signature,
 * JSON, fields.
 */
@Path("/functions/v1/watchers-upsert")
public class WatchersUpsertResource {
  private final SignatureVerifier verifier;
  private final RowChangeParser parser;
  private final WatcherSync sync;
  private final WebhookConfig config;

  WatchersUpsertResource(
      SignatureVerifier verifier, RowChangeParser parser, WatcherSync sync, WebhookConfig config) {
    this.verifier = verifier;
    this.parser = parser;
    this.sync = sync;
    this.config = config;
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Apply one signed user_symbols row change",
      description =
          "Authenticated by x-hmac-sha256 (hex HMAC-SHA256 of the raw body) or by Standard"
              + " Webhooks headers. Error codes: invalid_signature (401), invalid_request (400"
              + " malformed JSON, 413 too large, 415 not JSON, 422 unsupported change with"
              + " `field`).")
  @APIResponse(
      responseCode = "200",
      description = "Applied, or already applied",
      content = @Content(schema = @Schema(implementation = SyncResult.class)))
  @APIResponse(
      responseCode = "401",
      description = "Missing or wrong signature, or timestamp out of window",
      content = @Content(schema = @Schema(implementation = ZmartyError.class)))
  @APIResponse(responseCode = "400", description = "Malformed JSON")
  @APIResponse(responseCode = "413", description = "Body over the limit (64 KiB)")
  @APIResponse(responseCode = "415", description = "Content type other than JSON")
  @APIResponse(
      responseCode = "422",
      description =
          "Not an INSERT/UPDATE/DELETE of public.user_symbols, or a record without"
              + " updated_at/created_at")
  public Uni<SyncResult> upsert(
      @HeaderParam("x-hmac-sha256") String hmac,
      @HeaderParam("webhook-id") String webhookId,
      @HeaderParam("webhook-timestamp") String webhookTimestamp,
      @HeaderParam("webhook-signature") String webhookSignature,
      @HeaderParam("X-Request-Id") String requestId,
      byte[] body) {
    if (body.length > config.maxBodyBytes()) {
      throw WebhookRejection.tooLarge(config.maxBodyBytes());
    }
    Delivery delivery =
        verifier.verify(
            new SignatureVerifier.Headers(hmac, webhookId, webhookTimestamp, webhookSignature),
            body);
    return sync.apply(
        parser.parse(body, delivery),
        delivery,
        requestId == null ? UUID.randomUUID().toString() : requestId);
  }
}
