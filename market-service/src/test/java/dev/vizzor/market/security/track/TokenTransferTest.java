package dev.vizzor.market.security.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vizzor.market.security.rpc.RpcLog;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding recorded Transfer logs: parties from the topics, the amount from the data. */
class TokenTransferTest {

  @Test
  void partiesComeFromTopicsAndTheAmountFromData() {
    RpcLog log = RecordedLogs.of("eth_getLogs.mainnet_erc20_transfer_1log.capture.json").get(0);

    TokenTransfer transfer = TokenTransfer.decode(log).orElseThrow();

    assertEquals("0xdf5e0e81dff6faf3a7e52ba697820c5e32d806a8", transfer.token());
    assertEquals("0x7780e86699e941254c8f4d9b7eb08ff7e96bbe10", transfer.from());
    assertEquals("0x5dbcf33d8c2e976c6b560249878e6f1491bca25c", transfer.to());
    // the README: 0x1e3f60028423cff0000 = 8927.5036 × 10^18 base units
    assertEquals(new BigInteger("89275036").multiply(BigInteger.TEN.pow(14)), transfer.amount());
    assertEquals(10_712_731L, transfer.block());
    assertTrue(!transfer.isMint() && !transfer.isBurn());
  }

  @Test
  void aTransferFromTheZeroAddressIsAMint() {
    List<TokenTransfer> mints =
        RecordedLogs.of("eth_getLogs.mainnet_erc20_mint_2logs.capture.json").stream()
            .map(log -> TokenTransfer.decode(log).orElseThrow())
            .toList();

    assertEquals(2, mints.size());
    assertTrue(mints.stream().allMatch(TokenTransfer::isMint));
    assertEquals(
        List.of(BigInteger.valueOf(0xb1), BigInteger.ZERO),
        mints.stream().map(TokenTransfer::amount).toList());
    assertEquals("0xba215f7be6c620da3f8240b82741eaf3c5f5d786", mints.get(0).to());
  }

  @Test
  void parityEraLogsDecodeWithoutATime() {
    List<RpcLog> logs =
        RecordedLogs.of("eth_getFilterLogs.mainnet_erc20_transfer_parity.capture.json");

    TokenTransfer first = TokenTransfer.decode(logs.get(0)).orElseThrow();

    assertEquals(BigInteger.valueOf(100_000), first.amount()); // 0x186a0
    assertEquals(null, first.time());
  }

  @Test
  void anErc721TransferIsNoTokenTransfer() {
    RpcLog recorded =
        RecordedLogs.of("eth_getLogs.mainnet_erc20_transfer_1log.capture.json").get(0);
    // ERC-721 indexes the token id as a fourth topic and has empty data
    RpcLog nft =
        new RpcLog(
            recorded.address(),
            List.of(
                recorded.topics().get(0),
                recorded.topics().get(1),
                recorded.topics().get(2),
                "0x" + "0".repeat(63) + "7"),
            "0x",
            recorded.blockNumber(),
            recorded.transactionHash(),
            recorded.logIndex(),
            recorded.time());

    assertTrue(TokenTransfer.decode(nft).isEmpty());
  }
}
