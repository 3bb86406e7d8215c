package dev.vizzor.market.security.track;

import dev.vizzor.common.error.ApiException;
import dev.vizzor.market.config.TrackConfig;
import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.domain.wallet.WalletReport;
import dev.vizzor.market.security.Chain;
import dev.vizzor.market.security.EvmAddress;
import dev.vizzor.market.security.rpc.EvmRpc;
import dev.vizzor.market.security.rpc.Hex;
import dev.vizzor.market.security.rpc.LogFilter;
import dev.vizzor.market.security.rpc.RpcUnavailableException;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CompositeCacheKey;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wallet forensics from a chain's JSON-RPC node: balance, nonce and code at the latest block, the
 * ERC-20 transfers out of and into the wallet over the window (two {@code eth_getLogs} queries, the
 * wallet as topic 1 and as topic 2), and {@code eth_getCode} for the busiest counterparties.
 * Answers are cached briefly per (chain, address, window); a failure is never cached. The whole
 * request has a deadline ({@code vizzor.market.track.deadline}), past which it is a 503.
 */
@ApplicationScoped
public class WalletTracker {
  /** After a request that outlasted its deadline: the node is slow, not down. */
  static final long DEADLINE_RETRY_AFTER_SECONDS = 30;

  /** Counterparty code lookups in flight at once. */
  static final int LOOKUP_CONCURRENCY = 4;

  private final EvmRpc rpc;
  private final TrackConfig config;
  private final Cache cache;
  private final KnownAddresses known = KnownAddresses.bundled();

  WalletTracker(EvmRpc rpc, TrackConfig config, @CacheName("wallet-track") Cache cache) {
    this.rpc = rpc;
    this.config = config;
    this.cache = cache;
  }

  /**
   * The window a request asks for, or the default; a 400 naming {@code field} when out of bounds.
   */
  public int window(String field, Integer requested) {
    if (requested == null) {
      return config.defaultWindowBlocks();
    }
    if (requested < 1 || requested > config.maxWindowBlocks()) {
      throw new InvalidArgumentException(
          field
              + " must be between 1 and "
              + config.maxWindowBlocks()
              + " blocks, got "
              + requested);
    }
    return requested;
  }

  /**
   * The report, from the cache when the same question was answered shortly before. A chain without
   * a node fails before the cache is asked.
   */
  public Uni<WalletReport> track(Chain chain, EvmAddress wallet, int windowBlocks) {
    String source = rpc.source(chain);
    Duration deadline = config.deadline();
    return cache.getAsync(
        new CompositeCacheKey(chain, wallet, windowBlocks),
        key ->
            report(chain, wallet, windowBlocks, source)
                .ifNoItem()
                .after(deadline)
                .failWith(
                    () ->
                        new RpcUnavailableException(
                            chain,
                            "its answers took longer than the "
                                + seconds(deadline)
                                + " s a wallet may take",
                            DEADLINE_RETRY_AFTER_SECONDS)));
  }

  private static String seconds(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
  }

  private Uni<WalletReport> report(
      Chain chain, EvmAddress wallet, int windowBlocks, String source) {
    return rpc.blockNumber(chain)
        .flatMap(
            head -> {
              long from = Math.max(0, head - windowBlocks + 1);
              return Uni.combine()
                  .all()
                  .unis(
                      rpc.balance(chain, wallet),
                      rpc.transactionCount(chain, wallet),
                      rpc.code(chain, wallet),
                      transfers(chain, from, head, wallet.hex(), null),
                      transfers(chain, from, head, null, wallet.hex()))
                  .asTuple()
                  .flatMap(
                      node -> {
                        WalletFlags.Facts facts =
                            new WalletFlags.Facts(
                                chain,
                                wallet.hex(),
                                node.getItem2(),
                                node.getItem3().isPresent(),
                                from,
                                head,
                                node.getItem5(),
                                node.getItem4());
                        return codes(chain, facts)
                            .map(
                                codes ->
                                    WalletAnalysis.report(
                                        new WalletAnalysis.Observed(
                                            source, node.getItem1(), facts, codes),
                                        known));
                      });
            });
  }

  /** ERC-20 transfers from and/or to the given addresses (null: anyone). */
  private Uni<List<TokenTransfer>> transfers(
      Chain chain, long from, long to, String sender, String receiver) {
    List<String> topics =
        Arrays.asList(
            TokenTransfer.TOPIC,
            sender == null ? null : Hex.topic(sender),
            receiver == null ? null : Hex.topic(receiver));
    return rpc.logs(chain, new LogFilter(from, to, topics))
        .map(
            logs ->
                logs.stream()
                    .map(TokenTransfer::decode)
                    .flatMap(Optional::stream)
                    .filter(t -> sender == null || t.from().equals(sender))
                    .filter(t -> receiver == null || t.to().equals(receiver))
                    .toList());
  }

  /** Whether each of the busiest counterparties has code, as far as the lookup bound allows. */
  private Uni<Map<String, Boolean>> codes(Chain chain, WalletFlags.Facts facts) {
    List<String> lookups =
        WalletAnalysis.counterpartiesByActivity(facts).stream()
            .limit(config.maxCodeLookups())
            .toList();
    if (lookups.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return Multi.createFrom()
        .iterable(lookups)
        .onItem()
        .transformToUni(
            address ->
                rpc.code(chain, new EvmAddress(address))
                    .map(code -> Optional.of(Map.entry(address, code.isPresent())))
                    // a lookup the node failed leaves that counterparty unchecked (contract null,
                    // counted in notChecked) rather than the whole report failed
                    .onFailure(ApiException.class)
                    .recoverWithItem(Optional.empty()))
        .merge(LOOKUP_CONCURRENCY)
        .collect()
        .in(
            LinkedHashMap<String, Boolean>::new,
            (map, entry) -> entry.ifPresent(found -> map.put(found.getKey(), found.getValue())));
  }
}
