package dev.vizzor.strategy;

/** What a strategy says to hold after a candle closes. */
public enum Signal {
  LONG,
  SHORT,
  FLAT
}
