package dev.vizzor.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The single-use WebSocket tickets ({@link WsTickets}). */
@ConfigMapping(prefix = "vizzor.gateway.ws-ticket")
public interface WsTicketConfig {
  /**
   * How long a ticket can be redeemed: long enough for a browser to open its socket right after
   * asking, short enough that one found in a log is already dead.
   */
  @WithDefault("30s")
  Duration ttl();

  /** How long storing or redeeming a ticket may wait on Redis before it counts as unreachable. */
  @WithDefault("2s")
  Duration redisTimeout();
}
