package dev.vizzor.market.security.scan;

import static dev.vizzor.market.domain.scan.Severity.CRITICAL;
import static dev.vizzor.market.domain.scan.Severity.HIGH;
import static dev.vizzor.market.domain.scan.Severity.LOW;
import static dev.vizzor.market.domain.scan.Severity.MEDIUM;

import dev.vizzor.market.client.goplus.GoPlusClient;
import dev.vizzor.market.client.goplus.GoPlusToken;
import dev.vizzor.market.domain.scan.Evidence;
import dev.vizzor.market.domain.scan.Severity;
import dev.vizzor.market.domain.scan.TokenFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * GoPlus's token-security answer read as flags (docs/SCAN.md has the table) and facts. The evidence
 * quotes each field as GoPlus sent it.
 */
final class GoPlusFindings {
  static final String SOURCE = GoPlusClient.SOURCE;

  /** Its yes/no fields that are a risk when {@code "1"}. */
  private record RiskField(String field, FlagKind kind, Severity severity) {}

  private static final List<RiskField> RISK_FIELDS =
      List.of(
          new RiskField("is_honeypot", FlagKind.HONEYPOT, CRITICAL),
          new RiskField("cannot_sell_all", FlagKind.SELL_RESTRICTED, HIGH),
          new RiskField("cannot_buy", FlagKind.BUY_RESTRICTED, MEDIUM),
          new RiskField("honeypot_with_same_creator", FlagKind.HONEYPOT_CREATOR, HIGH),
          new RiskField("is_mintable", FlagKind.MINTABLE, MEDIUM),
          new RiskField("transfer_pausable", FlagKind.PAUSABLE, MEDIUM),
          new RiskField("is_blacklisted", FlagKind.BLACKLIST, MEDIUM),
          new RiskField("owner_change_balance", FlagKind.OWNER_CHANGES_BALANCES, HIGH),
          new RiskField("slippage_modifiable", FlagKind.MODIFIABLE_FEES, HIGH),
          new RiskField("personal_slippage_modifiable", FlagKind.MODIFIABLE_FEES, HIGH),
          new RiskField("is_proxy", FlagKind.PROXY, MEDIUM),
          new RiskField("hidden_owner", FlagKind.HIDDEN_OWNER, HIGH),
          new RiskField("can_take_back_ownership", FlagKind.OWNERSHIP_RECLAIMABLE, HIGH),
          new RiskField("is_whitelisted", FlagKind.TRANSFER_RESTRICTIONS, MEDIUM),
          new RiskField("is_anti_whale", FlagKind.TRANSFER_RESTRICTIONS, LOW),
          new RiskField("anti_whale_modifiable", FlagKind.TRANSFER_RESTRICTIONS, MEDIUM),
          new RiskField("trading_cooldown", FlagKind.TRADING_COOLDOWN, LOW),
          new RiskField("selfdestruct", FlagKind.SELFDESTRUCT, HIGH),
          new RiskField("external_call", FlagKind.EXTERNAL_CALL, LOW));

  /** Holdings nobody can sell: tokens sent here are burnt. */
  private static final Set<String> BURN_ADDRESSES =
      Set.of(
          "0x0000000000000000000000000000000000000000",
          "0x000000000000000000000000000000000000dead");

  /** Below this much DEX liquidity (USD) a holder cannot sell much without moving the price. */
  static final BigDecimal LOW_LIQUIDITY_USD = new BigDecimal("10000");

  private GoPlusFindings() {}

  static List<Raised> of(GoPlusToken token) {
    List<Raised> raised = new ArrayList<>();
    for (RiskField risk : RISK_FIELDS) {
      if (token.flag(risk.field()).orElse(false)) {
        raised.add(new Raised(risk.kind(), risk.severity(), quote(token, risk.field())));
      }
    }
    if (!token.flag("is_open_source").orElse(true)) {
      raised.add(new Raised(FlagKind.CLOSED_SOURCE, MEDIUM, quote(token, "is_open_source")));
    }
    owner(token)
        .ifPresent(
            owner ->
                raised.add(
                    new Raised(FlagKind.OWNED, Severity.INFO, quote(token, "owner_address"))));
    tax(token, "buy_tax").ifPresent(raised::add);
    tax(token, "sell_tax").ifPresent(raised::add);
    concentration(token).ifPresent(raised::add);
    liquidity(token).ifPresent(raised::add);
    return raised;
  }

  static TokenFacts facts(GoPlusToken token) {
    return new TokenFacts(
        token.text("token_name").orElse(null),
        token.text("token_symbol").orElse(null),
        owner(token).orElse(null),
        token.flag("is_open_source").orElse(null),
        token.decimal("holder_count").map(BigDecimal::longValue).orElse(null),
        topHolder(token).map(GoPlusToken.Holder::percent).orElse(null),
        token.decimal("buy_tax").orElse(null),
        token.decimal("sell_tax").orElse(null),
        dexLiquidity(token).orElse(null),
        lpLocked(token).orElse(null));
  }

  private static Evidence quote(GoPlusToken token, String field) {
    return Evidence.of(SOURCE, field + " = \"" + token.text(field).orElse("") + "\"");
  }

  /** The owner, unless ownership was given up (GoPlus then says "" or a burn address). */
  private static Optional<String> owner(GoPlusToken token) {
    return token
        .text("owner_address")
        .map(owner -> owner.toLowerCase(Locale.ROOT))
        .filter(owner -> !BURN_ADDRESSES.contains(owner));
  }

  /** A tax of 50 % or more traps the buyer; 10 % costs them much; any is worth saying. */
  private static Optional<Raised> tax(GoPlusToken token, String field) {
    return token
        .decimal(field)
        .filter(tax -> tax.signum() > 0)
        .map(
            tax ->
                new Raised(
                    FlagKind.TRADING_TAX,
                    atLeast(tax, "0.5", HIGH, atLeast(tax, "0.1", MEDIUM, LOW)),
                    quote(token, field)));
  }

  /** One unlocked holder with half the supply can crash the price alone; a fifth, nearly. */
  private static Optional<Raised> concentration(GoPlusToken token) {
    return topHolder(token)
        .filter(top -> top.percent().compareTo(new BigDecimal("0.2")) >= 0)
        .map(
            top ->
                new Raised(
                    FlagKind.HOLDER_CONCENTRATION,
                    atLeast(top.percent(), "0.5", HIGH, MEDIUM),
                    Evidence.of(
                        SOURCE,
                        "holders: "
                            + top.address()
                            + " holds "
                            + percent(top.percent())
                            + " of the supply, unlocked")));
  }

  /**
   * The largest holder who could sell: not locked, not a burn address, and not one of the token's
   * DEX pools (a pool's tokens are the liquidity buyers trade against, not a seller's stake).
   */
  private static Optional<GoPlusToken.Holder> topHolder(GoPlusToken token) {
    Set<String> pools =
        token.dex().stream()
            .map(GoPlusToken.DexPool::pair)
            .filter(Objects::nonNull)
            .map(pair -> pair.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    return token.holders("holders").stream()
        .filter(holder -> holder.percent() != null && !holder.locked())
        .filter(holder -> !BURN_ADDRESSES.contains(holder.address().toLowerCase(Locale.ROOT)))
        .filter(holder -> !pools.contains(holder.address().toLowerCase(Locale.ROOT)))
        .max(Comparator.comparing(GoPlusToken.Holder::percent));
  }

  private static Optional<Raised> liquidity(GoPlusToken token) {
    if (!token.flag("is_in_dex").orElse(true)) {
      return Optional.of(new Raised(FlagKind.LOW_LIQUIDITY, MEDIUM, quote(token, "is_in_dex")));
    }
    return dexLiquidity(token)
        .filter(usd -> usd.compareTo(LOW_LIQUIDITY_USD) < 0)
        .map(
            usd ->
                new Raised(
                    FlagKind.LOW_LIQUIDITY,
                    MEDIUM,
                    Evidence.of(
                        SOURCE,
                        "dex: $"
                            + usd.toPlainString()
                            + " of liquidity over "
                            + token.dex().size()
                            + " pools")));
  }

  /** The sum over the pools GoPlus lists; unknown when it lists none. */
  private static Optional<BigDecimal> dexLiquidity(GoPlusToken token) {
    List<BigDecimal> pools =
        token.dex().stream()
            .map(GoPlusToken.DexPool::liquidityUsd)
            .filter(Objects::nonNull)
            .toList();
    return pools.isEmpty()
        ? Optional.empty()
        : Optional.of(pools.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** The share of the LP tokens that is locked or burnt, when GoPlus lists LP holders. */
  private static Optional<BigDecimal> lpLocked(GoPlusToken token) {
    List<GoPlusToken.Holder> holders = token.holders("lp_holders");
    if (holders.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        holders.stream()
            .filter(h -> h.percent() != null)
            .filter(
                h -> h.locked() || BURN_ADDRESSES.contains(h.address().toLowerCase(Locale.ROOT)))
            .map(GoPlusToken.Holder::percent)
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static Severity atLeast(
      BigDecimal value, String threshold, Severity above, Severity below) {
    return value.compareTo(new BigDecimal(threshold)) >= 0 ? above : below;
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
  }
}
