package dev.vizzor.agent.client;

/** market-service does not know the symbol (its 404). */
public class UnknownSymbolException extends RuntimeException {
  public UnknownSymbolException(String symbol) {
    super("market-service has no candles for " + symbol);
  }
}
