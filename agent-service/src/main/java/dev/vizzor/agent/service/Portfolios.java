package dev.vizzor.agent.service;

import dev.vizzor.agent.domain.Agent;
import dev.vizzor.agent.domain.PolymarketPortfolio;
import dev.vizzor.agent.domain.PortfolioView;
import dev.vizzor.agent.domain.PriceQuote;
import dev.vizzor.agent.repository.AgentRepository;
import dev.vizzor.agent.repository.EquityRepository;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
  private final PricedHoldings priced;
  private final PolymarketPositions polymarket;
  private final Pool pool;

  Portfolios(
      AgentRepository agents,
      EquityRepository equity,
      PricedHoldings priced,
      PolymarketPositions polymarket,
      Pool pool) {
    this.agents = agents;
    this.equity = equity;
    this.priced = priced;
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
                    read -> {
                      // the quotes each agent's holdings were priced with, shown once each
                      Map<String, PriceQuote> quotes = new TreeMap<>();
                      read.forEach(r -> quotes.putAll(r.quotes()));
                      List<PortfolioView.Part> parts = read.stream().map(PartRead::part).toList();
                      return polymarketOf(accountId, whole)
                          .map(paper -> PortfolioView.of(whole ? ME : id, parts, quotes, paper));
                    }));
  }

  /** The caller's Polymarket paper account, once it has traded; none in an agent's portfolio. */
  private Uni<PolymarketPortfolio> polymarketOf(UUID accountId, boolean whole) {
    if (!whole) {
      return Uni.createFrom().nullItem();
    }
    return polymarket.of(accountId).map(paper -> paper.recentTrades().isEmpty() ? null : paper);
  }

  private record PartRead(PortfolioView.Part part, Map<String, PriceQuote> quotes) {}

  private Uni<PartRead> part(Agent agent) {
    return priced
        .of(pool, agent)
        .chain(
            read ->
                equity
                    .curve(pool, agent.id())
                    .map(
                        curve ->
                            new PartRead(
                                new PortfolioView.Part(agent, read.holdings(), curve),
                                read.quotes())));
  }
}
