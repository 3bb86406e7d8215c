package dev.vizzor.market.security.scan;

import static dev.vizzor.market.domain.scan.Severity.HIGH;
import static dev.vizzor.market.domain.scan.Severity.INFO;
import static dev.vizzor.market.domain.scan.Severity.LOW;
import static dev.vizzor.market.domain.scan.Severity.MEDIUM;

import dev.vizzor.market.domain.scan.Severity;
import dev.vizzor.market.security.evm.Selectors;
import java.util.List;

/**
 * Functions whose presence in a token's dispatcher is a risk, by canonical signature (docs/SCAN.md
 * has the same list): the privileged setters of OpenZeppelin, Tether, SafeMoon-style fee tokens and
 * proxies. Their selectors are computed with web3j's keccak-256.
 */
final class RiskSignatures {
  record Signature(String signature, String selector, FlagKind kind, Severity severity) {}

  static final List<Signature> ALL =
      List.of(
          of("mint(address,uint256)", FlagKind.MINTABLE, MEDIUM),
          of("mint(uint256)", FlagKind.MINTABLE, MEDIUM),
          of("mintTo(address,uint256)", FlagKind.MINTABLE, MEDIUM),
          of("issue(uint256)", FlagKind.MINTABLE, MEDIUM),
          of("pause()", FlagKind.PAUSABLE, MEDIUM),
          of("unpause()", FlagKind.PAUSABLE, MEDIUM),
          of("blacklist(address)", FlagKind.BLACKLIST, MEDIUM),
          of("unBlacklist(address)", FlagKind.BLACKLIST, MEDIUM),
          of("addBlackList(address)", FlagKind.BLACKLIST, MEDIUM),
          of("removeBlackList(address)", FlagKind.BLACKLIST, MEDIUM),
          of("addToBlacklist(address)", FlagKind.BLACKLIST, MEDIUM),
          of("setBlacklist(address,bool)", FlagKind.BLACKLIST, MEDIUM),
          of("isBlacklisted(address)", FlagKind.BLACKLIST, MEDIUM),
          of("destroyBlackFunds(address)", FlagKind.OWNER_CHANGES_BALANCES, HIGH),
          of("setFee(uint256)", FlagKind.MODIFIABLE_FEES, HIGH),
          of("setFees(uint256,uint256)", FlagKind.MODIFIABLE_FEES, HIGH),
          of("setTaxFeePercent(uint256)", FlagKind.MODIFIABLE_FEES, HIGH),
          of("setLiquidityFeePercent(uint256)", FlagKind.MODIFIABLE_FEES, HIGH),
          of("setBuyFee(uint256)", FlagKind.MODIFIABLE_FEES, HIGH),
          of("setSellFee(uint256)", FlagKind.MODIFIABLE_FEES, HIGH),
          of("setTaxes(uint256,uint256)", FlagKind.MODIFIABLE_FEES, HIGH),
          of("updateFees(uint256,uint256)", FlagKind.MODIFIABLE_FEES, HIGH),
          of("setParams(uint256,uint256)", FlagKind.MODIFIABLE_FEES, HIGH),
          of("setMaxTxAmount(uint256)", FlagKind.TRANSFER_RESTRICTIONS, MEDIUM),
          of("setMaxTxPercent(uint256)", FlagKind.TRANSFER_RESTRICTIONS, MEDIUM),
          of("setMaxWallet(uint256)", FlagKind.TRANSFER_RESTRICTIONS, MEDIUM),
          of("enableTrading()", FlagKind.TRANSFER_RESTRICTIONS, MEDIUM),
          of("openTrading()", FlagKind.TRANSFER_RESTRICTIONS, MEDIUM),
          of("setTradingEnabled(bool)", FlagKind.TRANSFER_RESTRICTIONS, MEDIUM),
          of("setCooldownEnabled(bool)", FlagKind.TRADING_COOLDOWN, LOW),
          of("upgradeTo(address)", FlagKind.UPGRADEABLE, MEDIUM),
          of("upgradeToAndCall(address,bytes)", FlagKind.UPGRADEABLE, MEDIUM),
          of("changeAdmin(address)", FlagKind.UPGRADEABLE, MEDIUM),
          of("implementation()", FlagKind.PROXY, MEDIUM),
          of("admin()", FlagKind.PROXY, MEDIUM),
          of("owner()", FlagKind.OWNED, INFO),
          of("transferOwnership(address)", FlagKind.OWNED, INFO),
          of("renounceOwnership()", FlagKind.OWNED, INFO));

  private RiskSignatures() {}

  private static Signature of(String signature, FlagKind kind, Severity severity) {
    return new Signature(signature, Selectors.of(signature), kind, severity);
  }
}
