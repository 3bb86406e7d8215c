package dev.vizzor.market.domain.wallet;

import java.time.Instant;
import java.util.List;

/**
 * What {@code POST /track} answers about one wallet (docs/TRACK.md). Addresses are lower-case hex;
 * amounts are raw base units as decimal strings (token decimals are not read); times are null when
 * the node gave none.
 */
public record WalletReport(
    String chain,
    long chainId,
    String address,
    String source,
    Window window,
    Balance balance,
    long transactionCount,
    boolean contract,
    Activity activity,
    Transfers transfers,
    List<Counterparty> topCounterparties,
    List<ContractInteraction> contractInteractions,
    ContractLookups contractLookups,
    List<Flag> flags) {

  /** The inclusive block range the transfers and activity cover; {@code toBlock} was the latest. */
  public record Window(long fromBlock, long toBlock, long blocks, String note) {}

  public record Balance(String wei, String ether) {}

  /** First and last ERC-20 transfer of the wallet within the window, either direction. */
  public record Activity(Moment first, Moment last, String scope) {}

  public record Moment(long block, Instant time, String txHash) {}

  public record Transfers(Side in, Side out) {}

  /** All transfers one way counted; the newest {@code items} listed. */
  public record Side(int count, boolean truncated, List<Transfer> items) {}

  /**
   * One ERC-20 {@code Transfer} log. {@code kind} is {@code mint} (from the zero address), {@code
   * burn} (to it) or {@code transfer}.
   */
  public record Transfer(
      String token,
      String counterparty,
      String amount,
      String kind,
      long block,
      Instant time,
      String txHash,
      long logIndex) {}

  /**
   * A counterparty by number of transfers. {@code contract} is null when it was not looked up (see
   * {@link ContractLookups}); {@code label} names a listed mixer or bridge.
   */
  public record Counterparty(
      String address,
      int transfersIn,
      int transfersOut,
      List<String> tokens,
      Boolean contract,
      String label) {}

  /** A contract the wallet dealt with: a token it moved, or a counterparty that has code. */
  public record ContractInteraction(String address, String role, int transfers, String evidence) {}

  /** How many counterparties were checked with {@code eth_getCode}, and how many were not. */
  public record ContractLookups(int checked, int notChecked) {}

  /** A finding with what shows it. */
  public record Flag(String flag, String evidence, List<String> addresses, List<String> txHashes) {}
}
