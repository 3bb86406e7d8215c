package dev.vizzor.agent.client;

/** Polymarket has no such thing (the CLOB's 404 for a token without a book). */
public class PolymarketNotFoundException extends RuntimeException {
  public PolymarketNotFoundException(String message) {
    super(message, null, false, false);
  }
}
