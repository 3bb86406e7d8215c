package dev.vizzor.market.security.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Transfers in chain order: block, then position in the block. */
final class TrackOrder {
  static final Comparator<TokenTransfer> CHAIN =
      Comparator.comparingLong(TokenTransfer::block).thenComparingLong(TokenTransfer::logIndex);

  private TrackOrder() {}

  /** Both directions in one list; a self-transfer, in both, appears once. */
  static List<TokenTransfer> oldestFirst(List<TokenTransfer> in, List<TokenTransfer> out) {
    Set<TokenTransfer> received = new HashSet<>(in);
    List<TokenTransfer> all = new ArrayList<>(in);
    out.stream().filter(transfer -> !received.contains(transfer)).forEach(all::add);
    all.sort(CHAIN);
    return all;
  }
}
