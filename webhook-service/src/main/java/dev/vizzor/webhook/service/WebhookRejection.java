package dev.vizzor.webhook.service;

import java.util.Map;

/** A delivery refused before anything was written; rendered in the Zmarty error envelope. */
public class WebhookRejection extends RuntimeException {
  private final int status;
  private final String code;
  private final Map<String, Object> extra;

  public WebhookRejection(int status, String code, String message, Map<String, Object> extra) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }

  public static WebhookRejection unauthorized(String message) {
    return new WebhookRejection(401, "invalid_signature", message, Map.of());
  }

  public static WebhookRejection malformed(String message) {
    return new WebhookRejection(400, "invalid_request", message, Map.of());
  }

  public static WebhookRejection unprocessable(String field, String message) {
    return new WebhookRejection(422, "invalid_request", message, Map.of("field", field));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, Object> extra() {
    return extra;
  }
}
