package dev.vizzor.prediction.repository;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.OutgoingEvent;
import dev.vizzor.prediction.domain.SignalView;
import dev.vizzor.prediction.domain.WinRateView;
import java.time.Instant;

/**
 * The events of the pipeline's last two stages, keyed by the pair ({@code BTC/USDT}) as the first
 * stage's are: a stored signal on {@code vizzor.pipeline.compute-signals}, a series' changed win
 * rate on {@code vizzor.pipeline.compute-winrate}. Ids derive from what the event states, so a
 * repeated step is the same event.
 */
final class PipelineEvents {
  static final String SIGNALS_TOPIC = "vizzor.pipeline.compute-signals";
  static final String WIN_RATE_TOPIC = "vizzor.pipeline.compute-winrate";
  static final String SIGNALS_TYPE = "dev.vizzor.pipeline.compute-signals.v1";
  static final String WIN_RATE_TYPE = "dev.vizzor.pipeline.compute-winrate.v1";

  private PipelineEvents() {}

  static OutgoingEvent signal(SignalView signal, ObjectMapper json) {
    return new OutgoingEvent(
        CloudEvents.stableId("compute-signals", signal.id().toString()),
        SIGNALS_TOPIC,
        signal.pair(),
        SIGNALS_TYPE,
        signal.id().toString(),
        signal.candleTime(),
        null,
        JsonColumns.write(json, signal));
  }

  static OutgoingEvent winRate(WinRateView rate, String strategyKey, ObjectMapper json) {
    return new OutgoingEvent(
        CloudEvents.stableId(
            "compute-winrate",
            rate.symbol(),
            rate.timeframe(),
            strategyKey,
            Integer.toString(rate.n())),
        WIN_RATE_TOPIC,
        rate.pair(),
        WIN_RATE_TYPE,
        rate.timeframe() + " " + strategyKey,
        rate.lastExit() == null ? Instant.now() : rate.lastExit(),
        null,
        JsonColumns.write(json, rate));
  }
}
