package dev.vizzor.agent.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** agent-service's settings (docs/AGENTS.md). */
@ConfigMapping(prefix = "vizzor.agent")
public interface AgentConfig {
  /** market-service, where candles come from ({@code VIZZOR_MARKET_URL}). */
  String marketUrl();

  /** The paper fill model (docs/AGENTS.md, "Fills"). */
  Fills fills();

  /** Agents one account may hold. */
  @WithDefault("20")
  int maxAgentsPerAccount();

  interface Fills {
    /** Taker fee as a fraction of the notional (Binance spot's 0.1 %). */
    @WithDefault("0.001")
    BigDecimal feeRate();

    /** Half the bid-ask spread, in basis points of the price, paid on every fill. */
    @WithDefault("1")
    BigDecimal halfSpreadBps();

    /** Price impact in basis points per 10 000 USDT of notional. */
    @WithDefault("1")
    BigDecimal impactBpsPer10k();
  }
}
