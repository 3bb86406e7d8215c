package dev.vizzor.agent.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * An emergency stop: one account's ({@code accountId}) or the operator's over every account ({@code
 * accountId} null). It holds until lifted; {@code pulledBy} and {@code liftedBy} say who (an
 * account id, or {@code operator}).
 */
public record Halt(
    UUID id,
    UUID accountId,
    String reason,
    String pulledBy,
    Instant haltedAt,
    Instant liftedAt,
    String liftedBy) {

  @JsonProperty("scope")
  public String scope() {
    return accountId == null ? "all" : "account";
  }

  @JsonProperty("active")
  public boolean active() {
    return liftedAt == null;
  }

  @JsonIgnore
  public boolean covers(UUID account) {
    return accountId == null || accountId.equals(account);
  }
}
