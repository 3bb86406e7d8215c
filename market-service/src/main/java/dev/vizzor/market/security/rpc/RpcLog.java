package dev.vizzor.market.security.rpc;

import java.time.Instant;
import java.util.List;

/**
 * One log as a node returns it. {@code time} is the block's time when the node sends {@code
 * blockTimestamp} (current nodes do), null when it does not (older nodes: the Parity-era format).
 */
public record RpcLog(
    String address,
    List<String> topics,
    String data,
    long blockNumber,
    String transactionHash,
    long logIndex,
    Instant time) {}
