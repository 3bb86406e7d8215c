package dev.vizzor.market.service;

import dev.vizzor.market.domain.scan.SourceCheck;
import dev.vizzor.market.domain.scan.TokenScan;
import dev.vizzor.market.security.scan.ScanTarget;
import dev.vizzor.market.security.scan.TokenScanner;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /scan}: the request checked into a {@link ScanTarget}, then scanned, or answered from
 * a short cache by chain, address and code hash (quarkus.cache.caffeine."token-scans"). An answer
 * in which a source failed or GoPlus had only part of its data is not kept, so that asking again
 * (as the answer says to) asks the source again.
 */
@ApplicationScoped
public class ScanService {
  static final String CACHE = "token-scans";

  private final TokenScanner scanner;
  private final CaffeineCache cache;

  ScanService(TokenScanner scanner, @CacheName(CACHE) Cache cache) {
    this.scanner = scanner;
    this.cache = cache.as(CaffeineCache.class);
  }

  /** Each argument as the request held it (null when absent); a bad one is a 400 naming it. */
  public Uni<TokenScan> scan(String chain, String address, String bytecode) {
    ScanTarget target = ScanTarget.of(chain, address, bytecode);
    ScanTarget.Key key = target.cacheKey();
    CompletableFuture<TokenScan> cached = cache.getIfPresent(key);
    if (cached != null) {
      return Uni.createFrom().completionStage(cached);
    }
    return scanner
        .scan(target)
        .invoke(
            scan -> {
              if (scan.checks().stream().noneMatch(SourceCheck::mayChangeSoon)) {
                cache.put(key, CompletableFuture.completedFuture(scan));
              }
            });
  }
}
