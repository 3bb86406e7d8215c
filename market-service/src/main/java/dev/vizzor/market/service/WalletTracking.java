package dev.vizzor.market.service;

import dev.vizzor.market.domain.wallet.WalletReport;
import dev.vizzor.market.security.Chain;
import dev.vizzor.market.security.EvmAddress;
import dev.vizzor.market.security.track.WalletTracker;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code POST /track}'s use case: the request's fields read into a chain, an address and a window
 * (each a 400 naming its field when wrong), then the wallet tracked. Resources reach {@code
 * security} only through here (docs/CONVENTIONS.md).
 */
@ApplicationScoped
public class WalletTracking {
  private final WalletTracker tracker;

  WalletTracking(WalletTracker tracker) {
    this.tracker = tracker;
  }

  public Uni<WalletReport> track(String chain, String address, Integer windowBlocks) {
    Chain parsedChain = Chain.of("chain", chain);
    EvmAddress wallet = EvmAddress.of("address", address);
    int window = tracker.window("windowBlocks", windowBlocks);
    return tracker.track(parsedChain, wallet, window);
  }
}
