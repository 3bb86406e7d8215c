package dev.vizzor.market.client.coingecko;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** CoinGecko v3 ({@code https://api.coingecko.com/api/v3}); coins are named by id, not ticker. */
public interface CoinGeckoApi {

  /** The coins most searched on CoinGecko in the last 24 h. */
  @GET
  @Path("/search/trending")
  Uni<CoinGeckoTrending> trending();

  /** Market data of the coins with these comma-separated ids, in {@code vsCurrency}. */
  @GET
  @Path("/coins/markets")
  Uni<List<CoinGeckoMarket>> markets(
      @QueryParam("vs_currency") String vsCurrency, @QueryParam("ids") String ids);
}
