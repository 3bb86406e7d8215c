package dev.vizzor.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.orchestrator.domain.ToolFailure;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.WebApplicationException;
import java.util.concurrent.TimeoutException;

/**
 * Turns a failed call to another service into a {@link ToolFailure} the model can read: the
 * service's own error code and message for a 4xx or 5xx in the Vizzor envelope, or what went wrong
 * on the way.
 */
final class ServiceAnswers {
  private ServiceAnswers() {}

  /** {@code call}'s answer, or its failure as a {@link ToolFailure} naming {@code service}. */
  static Uni<JsonNode> asTool(String service, Uni<JsonNode> call) {
    return call.onFailure().transform(failure -> toToolFailure(service, failure));
  }

  private static Throwable toToolFailure(String service, Throwable failure) {
    if (failure instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      String detail = "HTTP " + status;
      String code = "";
      try {
        JsonNode body = web.getResponse().readEntity(JsonNode.class);
        JsonNode error = body.path("error");
        if (error.isObject()) {
          code = error.path("code").asText();
          detail = code + ": " + error.path("message").asText();
          if (error.path("retryAfter").canConvertToLong()) {
            // the model can tell the user when asking again makes sense
            detail += " (retry after " + error.path("retryAfter").asLong() + " s)";
          }
        }
      } catch (RuntimeException unreadable) {
        // the status alone still says what happened
      }
      String message = service + " answered " + detail;
      if (status < 500) {
        return new ServiceRefusal(message);
      }
      return code.equals(ServiceUnavailable.CODE)
          ? new ServiceUnavailable(message)
          : new ToolFailure(message);
    }
    if (failure instanceof TimeoutException) {
      return new ToolFailure(service + " did not answer in time");
    }
    return new ToolFailure(service + " could not be reached: " + failure.getMessage());
  }
}
