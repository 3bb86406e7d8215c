package dev.vizzor.notification.rest;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import java.util.UUID;

/** A path id: something that is not a UUID names nothing of the caller's, so it is a 404. */
final class Ids {
  private Ids() {}

  static UUID of(String raw, String what) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException notAnId) {
      throw new ApiException(Problem.NOT_FOUND, "No " + what + " " + raw);
    }
  }
}
