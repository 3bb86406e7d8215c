package dev.vizzor.agent.service;

import dev.vizzor.agent.domain.Agent;
import dev.vizzor.agent.domain.Holdings;
import dev.vizzor.agent.domain.PriceQuote;
import dev.vizzor.agent.repository.PositionRepository;
import dev.vizzor.agent.repository.PriceRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * An agent's cash and positions with the last ticks' prices of its symbols, read once for every
 * use: the engine's decisions, wallets, statistics and portfolios.
 */
@ApplicationScoped
public class PricedHoldings {
  /** The holdings, and the quotes their prices came from (time and source). */
  public record Priced(Holdings holdings, Map<String, PriceQuote> quotes) {}

  private final PositionRepository positions;
  private final PriceRepository prices;

  PricedHoldings(PositionRepository positions, PriceRepository prices) {
    this.positions = positions;
    this.prices = prices;
  }

  /** Read with {@code client}: a transaction's connection, or the pool. */
  public Uni<Priced> of(SqlClient client, Agent agent) {
    return positions
        .of(client, agent.id())
        .chain(
            held ->
                prices
                    .of(client, agent.symbols())
                    .map(
                        quotes -> {
                          Map<String, BigDecimal> at = new HashMap<>();
                          quotes.values().forEach(q -> at.put(q.symbol(), q.price()));
                          return new Priced(new Holdings(agent.cash(), held, at), quotes);
                        }));
  }
}
