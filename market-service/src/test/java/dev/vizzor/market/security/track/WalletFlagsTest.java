package dev.vizzor.market.security.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.domain.wallet.WalletReport.Flag;
import dev.vizzor.market.security.Chain;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flags' thresholds (docs/TRACK.md) on made-up transfers around each edge. */
class WalletFlagsTest {
  private static final String WALLET = "0x00000000000000000000000000000000000000aa";
  private static final String TOKEN = "0x6b175474e89094c44da98b954eedeac495271d0f";
  private static final String OTHER = "0x00000000000000000000000000000000000000bb";

  /** Tornado Cash 100 DAI pool, as torn-token lists it. */
  private static final String TORNADO_100_DAI = "0xd4b88df4d29f5cedd6857912842cff3b20c8cfa3";

  private final KnownAddresses known = KnownAddresses.bundled();

  @Test
  void theBundledListHoldsTwentyTornadoPoolsAndEightBridges() {
    assertEquals(28, known.size());
    assertEquals("mixer", known.of(Chain.ETHEREUM, TORNADO_100_DAI).orElseThrow().category());
    assertTrue(known.of(Chain.BASE, TORNADO_100_DAI).isEmpty());
  }

  @Test
  void aNewWalletFirstPaidInTheWindowIsFresh() {
    List<TokenTransfer> in = List.of(transfer(OTHER, WALLET, 10, 1_000_000_000));
    List<TokenTransfer> out = List.of(transfer(WALLET, OTHER, 12, 5));

    assertEquals("fresh_wallet", only(facts(5, in, out)).flag());
    assertTrue(flags(facts(6, in, out)).isEmpty()); // one transaction too many
    // sent something before it was first paid in the window: it had a life before
    assertTrue(flags(facts(1, in, List.of(transfer(WALLET, OTHER, 9, 5)))).isEmpty());
  }

  @Test
  void aListedMixerAsCounterpartyIsFlaggedWithTheTransfers() {
    List<TokenTransfer> out = List.of(transfer(WALLET, TORNADO_100_DAI, 40, 100));

    Flag flag = only(facts(50, List.of(), out));

    assertEquals("mixer_interaction", flag.flag());
    assertEquals(List.of(TORNADO_100_DAI), flag.addresses());
    assertEquals(List.of("0xtx40"), flag.txHashes());
    assertTrue(flag.evidence().contains("Tornado Cash 100 DAI pool"), flag.evidence());
  }

  @Test
  void twentyTransfersWithinFiftyBlocksAreHighFrequency() {
    List<TokenTransfer> in = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      in.add(transfer(OTHER, WALLET, 100 + (i == 19 ? 49 : i), 1_000_000_000));
    }
    assertEquals("high_frequency", only(facts(50, in, List.of())).flag());

    in.set(19, transfer(OTHER, WALLET, 150, 1_000_000_000)); // 51 blocks from the first
    assertTrue(flags(facts(50, in, List.of())).isEmpty());
  }

  @Test
  void tinyAmountsFromThreeSendersAreDust() {
    List<TokenTransfer> in =
        List.of(
            transfer(address(1), WALLET, 10, 0),
            transfer(address(2), WALLET, 11, 999_999),
            transfer(address(3), WALLET, 12, 1));
    Flag dust = only(facts(50, in, List.of()));
    assertEquals("dust", dust.flag());
    assertEquals(3, dust.addresses().size());

    List<TokenTransfer> oneNotTiny = new ArrayList<>(in);
    oneNotTiny.set(1, transfer(address(2), WALLET, 11, 1_000_000));
    assertTrue(flags(facts(50, oneNotTiny, List.of())).isEmpty());
  }

  private WalletFlags.Facts facts(long nonce, List<TokenTransfer> in, List<TokenTransfer> out) {
    return new WalletFlags.Facts(Chain.ETHEREUM, WALLET, nonce, false, 1, 1000, in, out);
  }

  private List<Flag> flags(WalletFlags.Facts facts) {
    return WalletFlags.of(facts, known);
  }

  private Flag only(WalletFlags.Facts facts) {
    List<Flag> flags = flags(facts);
    assertEquals(1, flags.size(), flags.toString());
    return flags.get(0);
  }

  private static TokenTransfer transfer(String from, String to, long block, long amount) {
    return new TokenTransfer(
        TOKEN, from, to, BigInteger.valueOf(amount), block, null, "0xtx" + block, 0);
  }

  private static String address(int n) {
    return String.format("0x%040x", n);
  }
}
