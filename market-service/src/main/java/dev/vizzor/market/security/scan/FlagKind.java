package dev.vizzor.market.security.scan;

/** The risks a scan reports, by stable id (docs/SCAN.md lists which source raises which). */
public enum FlagKind {
  HONEYPOT("honeypot", "Honeypot: buying works, selling does not"),
  SELL_RESTRICTED("sell_restricted", "Holders cannot sell all of their tokens"),
  BUY_RESTRICTED("buy_restricted", "The token cannot be bought"),
  HONEYPOT_CREATOR("honeypot_creator", "The creator has deployed honeypots before"),
  MINTABLE("mintable", "New tokens can be minted"),
  PAUSABLE("pausable", "Transfers can be paused"),
  BLACKLIST("blacklist", "Addresses can be blacklisted from transferring"),
  OWNER_CHANGES_BALANCES("owner_changes_balances", "The owner can change holders' balances"),
  MODIFIABLE_FEES("modifiable_fees", "The owner can change the buy or sell fees"),
  TRADING_TAX("trading_tax", "Buying or selling is taxed"),
  PROXY("proxy", "Proxy: the code that runs is another contract's"),
  UPGRADEABLE("upgradeable", "Upgradeable: an admin can replace the contract's logic"),
  HIDDEN_OWNER("hidden_owner", "Hidden owner: control is kept outside the visible owner"),
  OWNERSHIP_RECLAIMABLE("ownership_reclaimable", "Given-up ownership can be taken back"),
  TRANSFER_RESTRICTIONS(
      "transfer_restrictions", "Transfers can be restricted (whitelist, limits, trading switch)"),
  TRADING_COOLDOWN("trading_cooldown", "Trades are subject to a cooldown"),
  SELFDESTRUCT("selfdestruct", "The contract can destroy itself"),
  EXTERNAL_CALL("external_call", "Transfers call other contracts"),
  TX_ORIGIN("tx_origin", "Reads tx.origin (phishable authorisation or bot blocking)"),
  CLOSED_SOURCE("closed_source", "The source code is not verified"),
  OWNED("owned", "Has an owner with privileged functions"),
  HOLDER_CONCENTRATION("holder_concentration", "Much of the supply sits with one holder"),
  LOW_LIQUIDITY("low_liquidity", "Little or no DEX liquidity to sell into");

  private final String id;
  private final String title;

  FlagKind(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }
}
