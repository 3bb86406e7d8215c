package dev.vizzor.agent.domain;

import dev.vizzor.common.error.ApiException;

/** A request to pull an emergency stop: why, in at most 200 characters. */
public record EmergencyStop(String reason) {
  static final int MAX_REASON = 200;

  public static String reasonOf(EmergencyStop request) {
    String reason = request == null ? null : request.reason();
    if (reason == null || reason.isBlank()) {
      return "emergency stop";
    }
    if (reason.length() > MAX_REASON) {
      throw ApiException.invalid("reason: at most " + MAX_REASON + " characters");
    }
    return reason.strip();
  }
}
