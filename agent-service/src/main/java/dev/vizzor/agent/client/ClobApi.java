package dev.vizzor.agent.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Polymarket's CLOB ({@code https://clob.polymarket.com}): public market data, no key. */
public interface ClobApi {
  /** One token's order book; 404 when the token has none (a closed market, say). */
  @GET
  @Path("/book")
  Uni<ClobBook> book(@QueryParam("token_id") String tokenId);
}
