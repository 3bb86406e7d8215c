package dev.vizzor.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/**
 * Polymarket's settings (docs/POLYMARKET.md). Every key has a default here, so none has to be
 * written in application.properties; an operator sets them as {@code VIZZOR_AGENT_POLYMARKET_*}.
 */
@ConfigMapping(prefix = "vizzor.agent.polymarket")
public interface PolymarketConfig {

  /**
   * {@code replay} (offline: the bundled capture on the replay clock) or {@code live} (Gamma and
   * the CLOB); follows the suite's {@code VIZZOR_MARKET_SOURCE}.
   */
  @WithDefault("${VIZZOR_MARKET_SOURCE:replay}")
  Source source();

  /** Gamma, where markets are listed ({@code GET /events}, {@code GET /markets}). */
  @WithDefault("https://gamma-api.polymarket.com")
  String gammaUrl();

  /** The CLOB, where order books are read ({@code GET /book}). */
  @WithDefault("https://clob.polymarket.com")
  String clobUrl();

  /** Open crypto events read from Gamma per opportunities request (live), most traded first. */
  @WithDefault("100")
  int eventsLimit();

  /** Paper USDC every account starts with. */
  @WithDefault("10000")
  BigDecimal startingCash();

  /** The largest paper order, in shares. */
  @WithDefault("100000")
  BigDecimal maxOrderSize();

  /** Trades listed by {@code GET /v1/polymarket/positions}, newest first. */
  @WithDefault("50")
  int recentTrades();

  enum Source {
    REPLAY,
    LIVE
  }
}
