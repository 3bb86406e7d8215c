package dev.vizzor.agent.domain;

import java.util.Locale;
import java.util.Optional;

/** A paper order's side. */
public enum PolymarketSide {
  BUY,
  SELL;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PolymarketSide> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "buy" -> Optional.of(BUY);
      case "sell" -> Optional.of(SELL);
      default -> Optional.empty();
    };
  }
}
