package dev.vizzor.market.domain;

/** Input that cannot name an asset at all (empty, too long, bad characters, unsupported quote). */
public class InvalidSymbolException extends IllegalArgumentException {
  public InvalidSymbolException(String message) {
    super(message);
  }
}
