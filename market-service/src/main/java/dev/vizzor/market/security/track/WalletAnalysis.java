package dev.vizzor.market.security.track;

import dev.vizzor.market.domain.wallet.WalletReport;
import dev.vizzor.market.domain.wallet.WalletReport.Activity;
import dev.vizzor.market.domain.wallet.WalletReport.Balance;
import dev.vizzor.market.domain.wallet.WalletReport.ContractInteraction;
import dev.vizzor.market.domain.wallet.WalletReport.ContractLookups;
import dev.vizzor.market.domain.wallet.WalletReport.Counterparty;
import dev.vizzor.market.domain.wallet.WalletReport.Moment;
import dev.vizzor.market.domain.wallet.WalletReport.Side;
import dev.vizzor.market.domain.wallet.WalletReport.Transfer;
import dev.vizzor.market.domain.wallet.WalletReport.Transfers;
import dev.vizzor.market.domain.wallet.WalletReport.Window;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns what the node answered into the report: counts, counterparties, contracts, flags. */
final class WalletAnalysis {
  /** Transfers listed per direction, newest first; all are counted. */
  static final int LISTED_TRANSFERS = 100;

  /** Counterparties listed, busiest first. */
  static final int TOP_COUNTERPARTIES = 10;

  static final String SCOPE =
      "within the window only: JSON-RPC alone cannot give an account's first-ever activity";

  private WalletAnalysis() {}

  /** What the node said about the wallet, and which counterparties have code. */
  record Observed(
      String source,
      BigInteger balanceWei,
      WalletFlags.Facts facts,
      Map<String, Boolean> counterpartyHasCode) {}

  /** The counterparties to look up with eth_getCode, busiest first (the zero address never). */
  static List<String> counterpartiesByActivity(WalletFlags.Facts facts) {
    return tally(facts).values().stream()
        .sorted(Tally.BUSIEST)
        .map(Tally::address)
        .filter(address -> !address.equals(TokenTransfer.ZERO_ADDRESS))
        .toList();
  }

  static WalletReport report(Observed observed, KnownAddresses known) {
    WalletFlags.Facts facts = observed.facts();
    List<TokenTransfer> all = TrackOrder.oldestFirst(facts.in(), facts.out());
    Map<String, Tally> tally = tally(facts);
    return new WalletReport(
        facts.chain().wireName(),
        facts.chain().id(),
        facts.wallet(),
        observed.source(),
        new Window(
            facts.fromBlock(),
            facts.toBlock(),
            facts.toBlock() - facts.fromBlock() + 1,
            "ERC-20 transfers and activity in blocks "
                + facts.fromBlock()
                + ".."
                + facts.toBlock()
                + " (the latest block when asked); balance and nonce are at the latest block"),
        new Balance(
            observed.balanceWei().toString(),
            new BigDecimal(observed.balanceWei(), 18).stripTrailingZeros().toPlainString()),
        facts.nonce(),
        facts.contract(),
        new Activity(
            all.isEmpty() ? null : moment(all.get(0)),
            all.isEmpty() ? null : moment(all.get(all.size() - 1)),
            SCOPE),
        new Transfers(side(facts, facts.in()), side(facts, facts.out())),
        tally.values().stream()
            .sorted(Tally.BUSIEST)
            .limit(TOP_COUNTERPARTIES)
            .map(
                t ->
                    new Counterparty(
                        t.address,
                        t.in,
                        t.out,
                        List.copyOf(t.tokens),
                        observed.counterpartyHasCode().get(t.address),
                        known.of(facts.chain(), t.address).map(k -> k.label()).orElse(null)))
            .toList(),
        contractInteractions(all, tally, observed.counterpartyHasCode()),
        new ContractLookups(
            observed.counterpartyHasCode().size(),
            (int)
                    tally.keySet().stream()
                        .filter(address -> !address.equals(TokenTransfer.ZERO_ADDRESS))
                        .count()
                - observed.counterpartyHasCode().size()),
        WalletFlags.of(facts, known));
  }

  private static Side side(WalletFlags.Facts facts, List<TokenTransfer> transfers) {
    List<Transfer> newest =
        transfers.stream()
            .sorted(TrackOrder.CHAIN.reversed())
            .limit(LISTED_TRANSFERS)
            .map(
                t ->
                    new Transfer(
                        t.token(),
                        WalletFlags.counterparty(facts, t),
                        t.amount().toString(),
                        t.isMint() ? "mint" : t.isBurn() ? "burn" : "transfer",
                        t.block(),
                        t.time(),
                        t.txHash(),
                        t.logIndex()))
            .toList();
    return new Side(transfers.size(), transfers.size() > LISTED_TRANSFERS, newest);
  }

  /** Tokens always count (only contracts emit logs); counterparties when eth_getCode found code. */
  private static List<ContractInteraction> contractInteractions(
      List<TokenTransfer> all, Map<String, Tally> tally, Map<String, Boolean> hasCode) {
    Map<String, Integer> byToken = new LinkedHashMap<>();
    all.forEach(t -> byToken.merge(t.token(), 1, Integer::sum));
    List<ContractInteraction> contracts = new ArrayList<>();
    byToken.forEach(
        (token, count) ->
            contracts.add(
                new ContractInteraction(
                    token, "token", count, "emitted the Transfer logs; only contracts emit logs")));
    tally.values().stream()
        .filter(t -> Boolean.TRUE.equals(hasCode.get(t.address)))
        .forEach(
            t ->
                contracts.add(
                    new ContractInteraction(
                        t.address,
                        "counterparty",
                        t.in + t.out,
                        "eth_getCode returned code for it")));
    contracts.sort(
        Comparator.comparingInt(ContractInteraction::transfers)
            .reversed()
            .thenComparing(ContractInteraction::address));
    return contracts;
  }

  private static Moment moment(TokenTransfer transfer) {
    return new Moment(transfer.block(), transfer.time(), transfer.txHash());
  }

  private static Map<String, Tally> tally(WalletFlags.Facts facts) {
    Map<String, Tally> tally = new LinkedHashMap<>();
    for (TokenTransfer t : facts.in()) {
      Tally entry = tally.computeIfAbsent(t.from(), Tally::new);
      entry.in++;
      entry.tokens.add(t.token());
    }
    for (TokenTransfer t : facts.out()) {
      Tally entry = tally.computeIfAbsent(t.to(), Tally::new);
      entry.out++;
      entry.tokens.add(t.token());
    }
    return tally;
  }

  /** One counterparty's transfers with the wallet. */
  private static final class Tally {
    static final Comparator<Tally> BUSIEST =
        Comparator.comparingInt((Tally t) -> t.in + t.out).reversed().thenComparing(t -> t.address);

    final String address;
    int in;
    int out;
    final Set<String> tokens = new LinkedHashSet<>();

    Tally(String address) {
      this.address = address;
    }

    String address() {
      return address;
    }
  }
}
