package dev.vizzor.common.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Zmarty family's flat error body (seed 002): {@code {"error":"code","message":"…"}} plus
 * code-specific fields such as {@code balance}/{@code required} or {@code limit}/{@code
 * retry_after}, written at the top level beside them.
 */
@JsonPropertyOrder({"error", "message"})
public record ZmartyError(String error, String message, @JsonIgnore Map<String, Object> extra) {

  public ZmartyError {
    extra = extra == null ? Map.of() : new LinkedHashMap<>(extra);
  }

  /** The code-specific fields, flattened into the body. */
  @JsonAnyGetter
  public Map<String, Object> fields() {
    return extra;
  }
}
