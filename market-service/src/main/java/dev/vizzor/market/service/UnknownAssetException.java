package dev.vizzor.market.service;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.market.domain.Asset;

/** A well-formed symbol the market source does not know: 404, unlike a malformed one. */
public class UnknownAssetException extends ApiException {
  public UnknownAssetException(Asset asset) {
    super(Problem.NOT_FOUND, "no market data for " + asset);
  }
}
