package dev.vizzor.market.client.dexscreener;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/** DexScreener's public API ({@code https://api.dexscreener.com}); no key needed. */
public interface DexScreenerApi {

  /** The tokens that most recently got a DexScreener profile, newest first (60 calls/min). */
  @GET
  @Path("/token-profiles/latest/v1")
  Uni<List<DexTokenProfile>> latestTokenProfiles();

  /** All pairs of up to 30 comma-separated token addresses, any chain (300 calls/min). */
  @GET
  @Path("/latest/dex/tokens/{addresses}")
  Uni<DexPair.Page> pairsOfTokens(@PathParam("addresses") String addresses);
}
