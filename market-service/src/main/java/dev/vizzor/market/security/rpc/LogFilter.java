package dev.vizzor.market.security.rpc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An {@code eth_getLogs} filter over an inclusive block range. A null topic matches anything, as in
 * the JSON-RPC filter; trailing nulls are left out of the request.
 */
public record LogFilter(long fromBlock, long toBlock, List<String> topics) {
  public LogFilter {
    if (fromBlock < 0 || toBlock < fromBlock) {
      throw new IllegalArgumentException("bad block range " + fromBlock + ".." + toBlock);
    }
    topics = Collections.unmodifiableList(new ArrayList<>(topics));
  }

  public long blocks() {
    return toBlock - fromBlock + 1;
  }

  LogFilter over(long from, long to) {
    return new LogFilter(from, to, topics);
  }
}
