package dev.vizzor.market.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where market data comes from. {@code VIZZOR_MARKET_SOURCE} maps to {@code source}; every key can
 * be set from the environment the usual way ({@code vizzor.market.binance.url} = {@code
 * VIZZOR_MARKET_BINANCE_URL}).
 */
@ConfigMapping(prefix = "vizzor.market")
public interface MarketConfig {

  /** {@code replay} (offline, the default) or {@code live} (the public APIs below). */
  @WithDefault("replay")
  SourceKind source();

  Replay replay();

  Endpoint binance();

  CoinGecko coingecko();

  Endpoint alternativeMe();

  Endpoint dexscreener();

  Ticks ticks();

  Pipeline pipeline();

  Cache cache();

  enum SourceKind {
    REPLAY,
    LIVE
  }

  interface Replay {
    /** The instant in the bundled history that the service's start is mapped onto. */
    @WithDefault("2023-01-01T00:00:00Z")
    Instant start();

    /** Replayed time per wall-clock time: 60 plays an hour per minute. */
    @WithDefault("1")
    double speed();
  }

  interface Ticks {
    /** How often quotes are checked; a changed price is published on the next check. */
    @WithDefault("5s")
    Duration interval();

    /** Longest a symbol goes without a tick even when its price holds still. */
    @WithDefault("50s")
    Duration maxSilence();
  }

  interface Pipeline {
    /** How often watched symbols are checked for a newly closed hourly candle. */
    @WithDefault("60s")
    Duration interval();
  }

  interface Cache {
    /**
     * How long a price stays in Redis. Short, because the replay moves its price every second at
     * speed 1 and faster at higher speeds: 2 s keeps answers at most 2 s behind the source while
     * absorbing bursts of the same symbols.
     */
    @WithDefault("2s")
    Duration priceTtl();

    /** Longest wait for Redis before the price is taken from the source instead. */
    @WithDefault("200ms")
    Duration redisTimeout();
  }

  interface Endpoint {
    /** Base URL; the defaults are the public APIs, tests point them at a local stub. */
    String url();
  }

  interface CoinGecko extends Endpoint {
    /** Sent as {@code x-cg-demo-api-key} when set; the public API also answers without one. */
    Optional<String> apiKey();
  }
}
