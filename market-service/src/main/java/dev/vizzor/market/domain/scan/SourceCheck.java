package dev.vizzor.market.domain.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whether one source's checks ran for this scan, and if not fully, why. Only {@code ran} counts
 * towards a complete scan: its absence of flags means something.
 */
public record SourceCheck(
    String source, Status status, @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

  public enum Status {
    /** The source answered and every check on it ran. */
    RAN,
    /** The source answered with part of its data (GoPlus says so itself). */
    PARTIAL,
    /** The source answered but knows nothing of this contract. */
    NO_DATA,
    /** Not attempted: the input or the configuration does not allow it (no address, no RPC). */
    NOT_RUN,
    /** Attempted and failed (unreachable, timed out, circuit open, refused): worth a retry. */
    FAILED;

    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static SourceCheck ran(String source) {
    return new SourceCheck(source, Status.RAN, null);
  }

  public boolean ran() {
    return status == Status.RAN;
  }

  /** A failure, or GoPlus's data still coming in: asking again soon may answer otherwise. */
  public boolean mayChangeSoon() {
    return status == Status.FAILED || status == Status.PARTIAL;
  }
}
