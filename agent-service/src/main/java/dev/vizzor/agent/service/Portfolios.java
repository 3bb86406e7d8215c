package dev.vizzor.agent.service;

import dev.vizzor.agent.domain.Agent;
import dev.vizzor.agent.domain.PolymarketPortfolio;
import dev.vizzor.agent.domain.PortfolioView;
import dev.vizzor.agent.repository.AgentRepository;
import dev.vizzor.agent.repository.EquityRepository;
import dev.vizzor.agent.repository.PriceRepository;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Portfolios: {@code me} (also the caller's account id) is all the caller's agents; an agent's name
 * is that agent alone. Anyone else's is not found.
 */
@ApplicationScoped
public class Portfolios {
  public static final String ME = "me";

  private final AgentRepository agents;
  private final EquityRepository equity;
  private final PriceRepository prices;
  private final Agents owned;
  private final PolymarketPositions polymarket;
  private final Pool pool;

  Portfolios(
      AgentRepository agents,
      EquityRepository equity,
      PriceRepository prices,
      Agents owned,
      PolymarketPositions polymarket,
      Pool pool) {
    this.agents = agents;
    this.equity = equity;
    this.prices = prices;
    this.owned = owned;
    this.polymarket = polymarket;
    this.pool = pool;
  }

  public Uni<PortfolioView> of(UUID accountId, String id) {
    boolean whole = id.equals(ME) || id.equals(accountId.toString());
    Uni<List<Agent>> members =
        whole
            ? agents.ofAccount(accountId)
            : agents
                .byName(accountId, id)
                .map(
                    found ->
                        List.of(
                            found.orElseThrow(
                                () ->
                                    new ApiException(
                                        Problem.NOT_FOUND,
                                        "No portfolio '"
                                            + id
                                            + "': use 'me' or one of your agents' names"))));
    return members.chain(
        list ->
            Multi.createFrom()
                .iterable(list)
                .onItem()
                .transformToUniAndConcatenate(this::part)
                .collect()
                .asList()
                .chain(
                    parts -> {
                      TreeSet<String> symbols = new TreeSet<>();
                      list.forEach(a -> symbols.addAll(a.symbols()));
                      return prices
                          .of(symbols)
                          .chain(
                              quotes ->
                                  polymarketOf(accountId, whole)
                                      .map(
                                          paper ->
                                              PortfolioView.of(
                                                  whole ? ME : id, parts, quotes, paper)));
                    }));
  }

  /** The caller's Polymarket paper account, once it has traded; none in an agent's portfolio. */
  private Uni<PolymarketPortfolio> polymarketOf(UUID accountId, boolean whole) {
    if (!whole) {
      return Uni.createFrom().nullItem();
    }
    return polymarket.of(accountId).map(paper -> paper.recentTrades().isEmpty() ? null : paper);
  }

  private Uni<PortfolioView.Part> part(Agent agent) {
    return owned
        .holdings(agent)
        .chain(
            held ->
                equity
                    .curve(pool, agent.id())
                    .map(curve -> new PortfolioView.Part(agent, held, curve)));
  }
}
