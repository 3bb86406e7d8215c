package dev.vizzor.agent.domain;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /v1/polymarket/opportunities/{symbol}}: the markets naming the symbol as of {@code
 * asOf}, with the spot price and the volatility the model used, and where the data came from.
 */
public record Opportunities(
    String symbol,
    Instant asOf,
    String source,
    String candlesSource,
    double spot,
    double sigmaHourly,
    int returns,
    String model,
    List<Opportunity> opportunities) {}
