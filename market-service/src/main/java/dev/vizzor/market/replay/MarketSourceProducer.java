package dev.vizzor.market.replay;

import dev.vizzor.market.config.MarketConfig;
import dev.vizzor.market.source.LiveMarketSource;
import dev.vizzor.market.source.MarketSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/**
 * Makes the configured source the {@link MarketSource}: {@code vizzor.market.source} ({@code
 * VIZZOR_MARKET_SOURCE}) is {@code replay} (default) or {@code live}. Only the chosen one is ever
 * created, so the replay's files are not read in live mode; it is created at start, so a broken
 * bundle or setting fails the start rather than the first request. It lives with the replay, the
 * default: {@code source} knows none of its implementations and {@code config} imports nothing
 * (docs/CONVENTIONS.md).
 */
@ApplicationScoped
public class MarketSourceProducer {
  private static final Logger LOG = Logger.getLogger(MarketSourceProducer.class);

  @Produces
  @ApplicationScoped
  MarketSource marketSource(
      MarketConfig config, Instance<ReplayMarketSource> replay, Instance<LiveMarketSource> live) {
    return switch (config.source()) {
      case REPLAY -> replay.get();
      case LIVE -> live.get();
    };
  }

  void onStart(@Observes StartupEvent start, MarketSource source) {
    LOG.infof("market data source: %s", source.name());
  }
}
