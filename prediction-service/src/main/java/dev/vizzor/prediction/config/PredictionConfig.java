package dev.vizzor.prediction.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** prediction-service's settings ({@code vizzor.prediction.*}). */
@ConfigMapping(prefix = "vizzor.prediction")
public interface PredictionConfig {
  /** market-service, where candles come from ({@code VIZZOR_MARKET_URL}). */
  String marketUrl();

  /**
   * Candles held per symbol: the training window (180 days) plus the feature window and a margin.
   */
  @WithDefault("200d")
  Duration history();

  /** A tick this much older than the newest one seen means the replay went back: a new run. */
  @WithDefault("1h")
  Duration runBreak();
}
