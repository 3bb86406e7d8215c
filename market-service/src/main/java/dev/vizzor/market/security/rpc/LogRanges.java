package dev.vizzor.market.security.rpc;

import dev.vizzor.market.security.Chain;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Fetches logs over a block range that a node may refuse as too large: first the whole range, then,
 * on a range cap, in parts of the size the node's message names ("limited to a 1000 blocks range")
 * or halves when it names none, recursively. The parts of one query share a budget of requests, so
 * a node that refuses everything ends the query instead of multiplying calls.
 */
final class LogRanges {
  /** Parts fetched at once. */
  static final int CONCURRENCY = 4;

  private static final Comparator<RpcLog> CHAIN_ORDER =
      Comparator.comparingLong(RpcLog::blockNumber).thenComparingLong(RpcLog::logIndex);

  private final BiFunction<Chain, LogFilter, Uni<List<RpcLog>>> getLogs;
  private final int maxRequests;

  LogRanges(BiFunction<Chain, LogFilter, Uni<List<RpcLog>>> getLogs, int maxRequests) {
    this.getLogs = getLogs;
    this.maxRequests = maxRequests;
  }

  Uni<List<RpcLog>> fetch(Chain chain, LogFilter filter) {
    return fetch(chain, filter, new AtomicInteger(maxRequests))
        .map(
            logs -> {
              List<RpcLog> sorted = new ArrayList<>(logs);
              sorted.sort(CHAIN_ORDER);
              return sorted;
            });
  }

  private Uni<List<RpcLog>> fetch(Chain chain, LogFilter filter, AtomicInteger budget) {
    return Uni.createFrom()
        .deferred(() -> getLogs.apply(chain, filter))
        .onFailure(RpcErrorException.class)
        .recoverWithUni(
            failure -> {
              RpcErrorException error = (RpcErrorException) failure;
              if (!error.asksForSmallerRange() || filter.blocks() == 1) {
                return Uni.createFrom().failure(error);
              }
              List<LogFilter> parts = split(filter, error);
              if (budget.addAndGet(-parts.size()) < 0) {
                return Uni.createFrom().failure(error);
              }
              return Multi.createFrom()
                  .iterable(parts)
                  .onItem()
                  .transformToUni(part -> fetch(chain, part, budget))
                  .merge(CONCURRENCY)
                  .collect()
                  .in(ArrayList::new, List::addAll);
            });
  }

  /** The parts a refused range is fetched in. */
  static List<LogFilter> split(LogFilter filter, RpcErrorException refusal) {
    long size =
        refusal
            .blockLimit()
            .filter(limit -> limit < filter.blocks())
            .orElse((filter.blocks() + 1) / 2);
    List<LogFilter> parts = new ArrayList<>();
    for (long from = filter.fromBlock(); from <= filter.toBlock(); from += size) {
      parts.add(filter.over(from, Math.min(filter.toBlock(), from + size - 1)));
    }
    return parts;
  }
}
