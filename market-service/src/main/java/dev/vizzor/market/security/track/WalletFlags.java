package dev.vizzor.market.security.track;

import dev.vizzor.market.domain.wallet.WalletReport.Flag;
import dev.vizzor.market.security.Chain;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The findings about a wallet, each with its evidence. Thresholds are documented in docs/TRACK.md;
 * everything is judged from the window's ERC-20 transfers and the nonce, nothing else.
 */
final class WalletFlags {
  /** A wallet that has sent at most this many transactions counts as new. */
  static final long FRESH_MAX_NONCE = 5;

  /** High frequency: at least this many transfers … */
  static final int BURST_MIN_TRANSFERS = 20;

  /** … within this many consecutive blocks (about ten minutes on Ethereum). */
  static final long BURST_MAX_BLOCKS = 50;

  /** Dust: an incoming amount below this many base units (zero-value transfers included) … */
  static final BigInteger DUST_BELOW = BigInteger.valueOf(1_000_000);

  /** … from at least this many different senders. */
  static final int DUST_MIN_SENDERS = 3;

  /** Most addresses and transaction hashes a flag lists as evidence. */
  static final int EVIDENCE_LIMIT = 10;

  private WalletFlags() {}

  /** What the flags are judged on. */
  record Facts(
      Chain chain,
      String wallet,
      long nonce,
      boolean contract,
      long fromBlock,
      long toBlock,
      List<TokenTransfer> in,
      List<TokenTransfer> out) {}

  static List<Flag> of(Facts facts, KnownAddresses known) {
    List<Flag> flags = new ArrayList<>();
    fresh(facts).ifPresent(flags::add);
    flags.addAll(mixersAndBridges(facts, known));
    highFrequency(facts).ifPresent(flags::add);
    dust(facts).ifPresent(flags::add);
    return flags;
  }

  /**
   * Few transactions sent, and nothing in the window before it was first paid: a wallet made for
   * the occasion. The window's start bounds what this can see.
   */
  static Optional<Flag> fresh(Facts facts) {
    if (facts.contract() || facts.nonce() > FRESH_MAX_NONCE) {
      return Optional.empty();
    }
    Optional<TokenTransfer> firstIn = facts.in().stream().min(TrackOrder.CHAIN);
    Optional<TokenTransfer> firstOut = facts.out().stream().min(TrackOrder.CHAIN);
    if (firstOut.isPresent()
        && (firstIn.isEmpty() || TrackOrder.CHAIN.compare(firstOut.get(), firstIn.get()) < 0)) {
      return Optional.empty();
    }
    String seen =
        firstIn
            .map(
                first ->
                    "its first activity in blocks "
                        + facts.fromBlock()
                        + ".."
                        + facts.toBlock()
                        + " is an incoming transfer at block "
                        + first.block()
                        + ", with nothing sent before it")
            .orElse("no ERC-20 transfer in blocks " + facts.fromBlock() + ".." + facts.toBlock());
    return Optional.of(
        new Flag(
            "fresh_wallet",
            "nonce "
                + facts.nonce()
                + " (at most "
                + FRESH_MAX_NONCE
                + ") and "
                + seen
                + "; JSON-RPC cannot show activity before block "
                + facts.fromBlock(),
            List.of(),
            firstIn.map(first -> List.of(first.txHash())).orElse(List.of())));
  }

  /** One flag per listed mixer or bridge the wallet sent to, received from or moved a token of. */
  static List<Flag> mixersAndBridges(Facts facts, KnownAddresses known) {
    List<Flag> flags = new ArrayList<>();
    Set<String> listed = new LinkedHashSet<>();
    List<TokenTransfer> all = TrackOrder.oldestFirst(facts.in(), facts.out());
    for (TokenTransfer transfer : all) {
      for (String address : List.of(counterparty(facts, transfer), transfer.token())) {
        if (known.of(facts.chain(), address).isPresent()) {
          listed.add(address);
        }
      }
    }
    for (String address : listed) {
      KnownAddresses.Known entry = known.of(facts.chain(), address).orElseThrow();
      List<TokenTransfer> involved =
          all.stream()
              .filter(t -> counterparty(facts, t).equals(address) || t.token().equals(address))
              .toList();
      long sent = involved.stream().filter(t -> t.from().equals(facts.wallet())).count();
      flags.add(
          new Flag(
              entry.category() + "_interaction",
              involved.size()
                  + " transfer(s) with "
                  + entry.label()
                  + " ("
                  + sent
                  + " sent, "
                  + (involved.size() - sent)
                  + " received; listed as "
                  + entry.category()
                  + ", source "
                  + entry.source()
                  + ")",
              List.of(address),
              hashes(involved)));
    }
    return flags;
  }

  /** The densest run of transfers: {@value #BURST_MIN_TRANSFERS} or more within few blocks. */
  static Optional<Flag> highFrequency(Facts facts) {
    List<TokenTransfer> all = TrackOrder.oldestFirst(facts.in(), facts.out());
    int bestStart = 0;
    int bestCount = 0;
    int start = 0;
    for (int end = 0; end < all.size(); end++) {
      while (all.get(end).block() - all.get(start).block() >= BURST_MAX_BLOCKS) {
        start++;
      }
      if (end - start + 1 > bestCount) {
        bestCount = end - start + 1;
        bestStart = start;
      }
    }
    if (bestCount < BURST_MIN_TRANSFERS) {
      return Optional.empty();
    }
    List<TokenTransfer> burst = all.subList(bestStart, bestStart + bestCount);
    return Optional.of(
        new Flag(
            "high_frequency",
            bestCount
                + " transfers between blocks "
                + burst.get(0).block()
                + " and "
                + burst.get(bestCount - 1).block()
                + " (at least "
                + BURST_MIN_TRANSFERS
                + " within "
                + BURST_MAX_BLOCKS
                + " blocks)",
            List.of(),
            hashes(burst)));
  }

  /** Tiny incoming amounts from many senders: address-poisoning and tracking dust. */
  static Optional<Flag> dust(Facts facts) {
    List<TokenTransfer> tiny =
        facts.in().stream()
            .filter(t -> t.amount().compareTo(DUST_BELOW) < 0)
            .sorted(TrackOrder.CHAIN)
            .toList();
    Set<String> senders = new LinkedHashSet<>();
    tiny.forEach(t -> senders.add(t.from()));
    if (senders.size() < DUST_MIN_SENDERS) {
      return Optional.empty();
    }
    return Optional.of(
        new Flag(
            "dust",
            tiny.size()
                + " incoming transfer(s) below "
                + DUST_BELOW
                + " base units from "
                + senders.size()
                + " senders (at least "
                + DUST_MIN_SENDERS
                + ")",
            senders.stream().limit(EVIDENCE_LIMIT).toList(),
            hashes(tiny)));
  }

  static String counterparty(Facts facts, TokenTransfer transfer) {
    return transfer.from().equals(facts.wallet()) ? transfer.to() : transfer.from();
  }

  private static List<String> hashes(List<TokenTransfer> transfers) {
    return transfers.stream()
        .sorted(Comparator.comparing(TokenTransfer::block).reversed())
        .map(TokenTransfer::txHash)
        .distinct()
        .limit(EVIDENCE_LIMIT)
        .toList();
  }
}
