package dev.vizzor.market.service;

import dev.vizzor.market.domain.SpotPrice;
import java.util.List;

/**
 * The answer to a batch price request: the prices found, in the order their symbols were first
 * asked for, and each input symbol that got none, with why.
 */
public record BatchPrices(List<Priced<SpotPrice>> prices, List<Failed> failed) {

  /**
   * @param reason {@code invalid_symbol} (malformed), {@code not_found} (the source does not know
   *     it) or {@code upstream_unavailable} (the live source failed)
   */
  public record Failed(String symbol, String reason) {}
}
