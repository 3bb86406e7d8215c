package dev.vizzor.market.domain;

/** Input that cannot name an asset at all (empty, too long, bad characters, unsupported quote). */
public class InvalidSymbolException extends InvalidArgumentException {
  public InvalidSymbolException(String message) {
    super(message);
  }
}
