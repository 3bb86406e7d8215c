package dev.vizzor.market.service;

import dev.vizzor.market.domain.Asset;

/** A well-formed symbol the market source does not know (a 404, unlike a malformed one). */
public class UnknownAssetException extends RuntimeException {
  public UnknownAssetException(Asset asset) {
    super("no market data for " + asset);
  }
}
