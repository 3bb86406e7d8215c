package dev.vizzor.market.messaging;

import dev.vizzor.market.domain.IndicatorValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The value of a {@code vizzor.pipeline.ingest-indicators} record: the first stage of the
 * watched-symbol pipeline, read by prediction-service to compute signals.
 *
 * @param from open time of the first candle used
 * @param to close time of the last candle used; the indicators are as of this instant
 * @param lastClose that last candle's close
 * @param price the quote when the stage ran (may lie inside the next, unfinished candle)
 */
public record IndicatorsPayload(
    UUID id,
    String symbol,
    String pair,
    String interval,
    Instant from,
    Instant to,
    int candleCount,
    BigDecimal lastClose,
    BigDecimal price,
    Instant asOf,
    IndicatorValues indicators,
    String source) {
  static final String TOPIC = "vizzor.pipeline.ingest-indicators";
  static final String TYPE = "dev.vizzor.pipeline.ingest-indicators.v1";
}
