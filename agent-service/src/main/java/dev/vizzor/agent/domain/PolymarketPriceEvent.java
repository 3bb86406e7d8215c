package dev.vizzor.agent.domain;

import java.math.BigDecimal;

/**
 * What a question asks about the price, in terms the model prices (docs/POLYMARKET.md): the price
 * at resolution above or below a level, or between two; a level touched before resolution (reach
 * from below, dip from above); or an "Up or Down" window, whose level is the price at the window's
 * start and so is not in the question ({@code level} null). The first outcome ("Yes", "Up") is the
 * event happening.
 */
public record PolymarketPriceEvent(Kind kind, BigDecimal level, BigDecimal upper) {
  public enum Kind {
    ABOVE,
    BELOW,
    BETWEEN,
    REACH,
    DIP,
    UP_OR_DOWN;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
