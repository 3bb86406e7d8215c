package dev.vizzor.market.rest;

import dev.vizzor.common.error.ErrorFamily;
import dev.vizzor.common.error.VelocityError;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.error.ZmartyError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One error answer in the envelope of the family its path belongs to ({@link ErrorFamily}). Codes
 * are given in the Vizzor family's words; Velocity says {@code bad_request} for {@code
 * invalid_request}, Zmarty {@code server_error} for {@code internal_error}. {@code retryAfter}
 * (seconds) goes into the Vizzor body and, for every family, the {@code Retry-After} header.
 */
final class ErrorBodies {
  private ErrorBodies() {}

  static Response response(
      String path, int status, String code, String message, Long retryAfterSeconds) {
    ErrorFamily family = ErrorFamily.ofPath(path);
    Object body =
        switch (family) {
          case VIZZOR -> new VizzorError(new VizzorError.Detail(code, message, retryAfterSeconds));
          case VELOCITY ->
              new VelocityError(code.equals("invalid_request") ? "bad_request" : code, message);
          case ZMARTY ->
              ZmartyError.of(code.equals("internal_error") ? "server_error" : code, message);
        };
    Response.ResponseBuilder response =
        Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
    if (retryAfterSeconds != null) {
      response.header("Retry-After", retryAfterSeconds);
    }
    return response.build();
  }

  /** The Vizzor code of a status the framework chose (unknown path, wrong method, …). */
  static String codeOf(int status) {
    return switch (status) {
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 406 -> "not_acceptable";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      case 503 -> "service_unavailable";
      default -> status >= 500 ? "internal_error" : "invalid_request";
    };
  }
}
