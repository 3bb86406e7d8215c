package dev.vizzor.agent.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A paper fill as the API and {@code vizzor.agents.trades} show it. {@code marketTime} is the
 * tick's time; {@code recordedAt} the wall-clock time its transaction ran. {@code realizedPnl} is
 * set on sells only. {@code accountId} names the owner, so a consumer can route it to them alone.
 */
public record TradeView(
    UUID id,
    UUID agentId,
    String agent,
    UUID accountId,
    String symbol,
    String side,
    BigDecimal quantity,
    BigDecimal marketPrice,
    BigDecimal price,
    BigDecimal notional,
    BigDecimal fee,
    BigDecimal realizedPnl,
    BigDecimal cashAfter,
    String reason,
    Instant marketTime,
    Instant recordedAt) {}
