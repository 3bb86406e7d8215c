package dev.vizzor.orchestrator.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Seed 002's {@code GET /healthz} body (docs/CHAT.md maps its names to ours). */
public record Health(
    String status,
    String timestamp,
    @JsonProperty("uptime_seconds") long uptimeSeconds,
    String version,
    Map<String, Check> services,
    Map<String, Queue> queues) {

  public static final String HEALTHY = "healthy";
  public static final String DEGRADED = "degraded";
  public static final String UNHEALTHY = "unhealthy";

  /** One dependency: {@code ok} with its latency, or {@code error} with why. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Check(String status, @JsonProperty("latency_ms") Long latencyMs, String error) {
    public static Check ok(long latencyMs) {
      return new Check("ok", latencyMs, null);
    }

    public static Check error(String why) {
      return new Check("error", null, why);
    }

    @JsonIgnore
    public boolean isOk() {
      return status.equals("ok");
    }
  }

  /** A pipeline stage's queue: its consumer lag and whether its consumer is running. */
  public record Queue(long depth, boolean processing) {}
}
