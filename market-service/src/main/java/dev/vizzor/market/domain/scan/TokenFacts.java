package dev.vizzor.market.domain.scan;

import java.math.BigDecimal;

/**
 * What GoPlus knows of the token besides flags; null where it does not say. Percentages and taxes
 * are fractions as GoPlus gives them (0.05 = 5 %). {@code topHolderPercent} leaves out locked and
 * burn holdings, which nobody can sell.
 */
public record TokenFacts(
    String name,
    String symbol,
    String ownerAddress,
    Boolean openSource,
    Long holderCount,
    BigDecimal topHolderPercent,
    BigDecimal buyTax,
    BigDecimal sellTax,
    BigDecimal dexLiquidityUsd,
    BigDecimal lpLockedPercent) {}
