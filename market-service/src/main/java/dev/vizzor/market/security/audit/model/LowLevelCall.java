package dev.vizzor.market.security.audit.model;

import dev.vizzor.market.security.audit.grammar.SolidityParser.CallExpressionContext;
import dev.vizzor.market.security.audit.grammar.SolidityParser.ExpressionContext;

/**
 * A call on an address rather than a typed contract: {@code call}, {@code delegatecall}, {@code
 * callcode}, {@code staticcall}, or sending ether with {@code send} / {@code transfer}. {@code
 * made} is false for {@code a.call.value(v);}, which names the call without making it.
 */
public record LowLevelCall(
    CallExpressionContext call, String kind, ExpressionContext target, boolean made) {

  /** {@code send} and {@code transfer} forward only the 2300-gas stipend. */
  public boolean stipendOnly() {
    return kind.equals("send") || kind.equals("transfer");
  }

  /** A failed {@code transfer} reverts; every other kind only returns false. */
  public boolean revertsOnFailure() {
    return kind.equals("transfer");
  }
}
