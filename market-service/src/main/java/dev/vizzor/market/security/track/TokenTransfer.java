package dev.vizzor.market.security.track;

import dev.vizzor.market.security.rpc.Hex;
import dev.vizzor.market.security.rpc.RpcLog;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/** An ERC-20 {@code Transfer(address indexed from, address indexed to, uint256 value)} log. */
record TokenTransfer(
    String token,
    String from,
    String to,
    BigInteger amount,
    long block,
    Instant time,
    String txHash,
    long logIndex) {

  /** keccak256("Transfer(address,address,uint256)"). */
  static final String TOPIC = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

  static final String ZERO_ADDRESS = "0x" + "0".repeat(40);

  /**
   * The transfer a log records, or empty for a log of the same signature that is no ERC-20
   * transfer: ERC-721 indexes the token id too (four topics, empty data).
   */
  static Optional<TokenTransfer> decode(RpcLog log) {
    if (log.topics().size() != 3
        || !TOPIC.equals(log.topics().get(0))
        || log.data().length() != 2 + 64) {
      return Optional.empty();
    }
    return Optional.of(
        new TokenTransfer(
            log.address(),
            Hex.addressOfTopic(log.topics().get(1)),
            Hex.addressOfTopic(log.topics().get(2)),
            Hex.quantity(log.data()),
            log.blockNumber(),
            log.time(),
            log.transactionHash(),
            log.logIndex()));
  }

  boolean isMint() {
    return from.equals(ZERO_ADDRESS);
  }

  boolean isBurn() {
    return to.equals(ZERO_ADDRESS);
  }
}
