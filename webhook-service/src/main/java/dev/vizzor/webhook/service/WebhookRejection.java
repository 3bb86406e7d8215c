package dev.vizzor.webhook.service;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;

/**
 * The webhook's refusals, each before anything is written, in the Zmarty envelope (the kit renders
 * them): 401 {@code invalid_signature}, and {@code invalid_request} as 400 (not JSON), 413 (with
 * {@code limit}), 415 (not declared JSON) or 422 (an unsupported change, with {@code field}).
 */
public final class WebhookRejection {
  private WebhookRejection() {}

  public static ApiException unauthorized(String message) {
    return new ApiException(Problem.INVALID_SIGNATURE, message);
  }

  public static ApiException malformed(String message) {
    return ApiException.invalid(message);
  }

  public static ApiException unprocessable(String field, String message) {
    return new ApiException(
        ApiError.of(Problem.INVALID_REQUEST, message).withStatus(422).with("field", field));
  }

  public static ApiException tooLarge(int limitBytes) {
    return new ApiException(
        ApiError.of(Problem.PAYLOAD_TOO_LARGE, "the body is larger than " + limitBytes + " bytes")
            .with("limit", limitBytes));
  }

  public static ApiException notJson() {
    return new ApiException(
        Problem.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json");
  }
}
