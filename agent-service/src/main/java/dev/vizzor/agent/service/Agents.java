package dev.vizzor.agent.service;

import dev.vizzor.agent.config.AgentConfig;
import dev.vizzor.agent.domain.Agent;
import dev.vizzor.agent.domain.AgentStats;
import dev.vizzor.agent.domain.AgentStatus;
import dev.vizzor.agent.domain.AgentView;
import dev.vizzor.agent.domain.DecisionView;
import dev.vizzor.agent.domain.Holdings;
import dev.vizzor.agent.domain.NewAgent;
import dev.vizzor.agent.domain.TradeView;
import dev.vizzor.agent.domain.WalletView;
import dev.vizzor.agent.repository.AgentRepository;
import dev.vizzor.agent.repository.DecisionRepository;
import dev.vizzor.agent.repository.EquityRepository;
import dev.vizzor.agent.repository.TradeRepository;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.common.paging.Page;
import dev.vizzor.common.paging.PageCursor;
import dev.vizzor.common.paging.Pages;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The caller's agents: create, list, start, stop, and read their wallet, trades and stats. */
@ApplicationScoped
public class Agents {
  private final AgentRepository agents;
  private final TradeRepository trades;
  private final DecisionRepository decisions;
  private final EquityRepository equity;
  private final PricedHoldings priced;
  private final Halts halts;
  private final Pool pool;
  private final AgentConfig config;
  private final Clock clock;

  Agents(
      AgentRepository agents,
      TradeRepository trades,
      DecisionRepository decisions,
      EquityRepository equity,
      PricedHoldings priced,
      Halts halts,
      Pool pool,
      AgentConfig config,
      Clock clock) {
    this.agents = agents;
    this.trades = trades;
    this.decisions = decisions;
    this.equity = equity;
    this.priced = priced;
    this.halts = halts;
    this.pool = pool;
    this.config = config;
    this.clock = clock;
  }

  public Uni<AgentView> create(UUID accountId, NewAgent agent) {
    return agents
        .create(accountId, agent, config.maxAgentsPerAccount(), now())
        .map(
            created -> {
              if (created.full()) {
                throw ApiException.conflict(
                    "this account holds "
                        + config.maxAgentsPerAccount()
                        + " agents already, the most it may");
              }
              return created
                  .agent()
                  .orElseThrow(
                      () ->
                          ApiException.conflict(
                              "an agent named '" + agent.name() + "' exists already"));
            })
        .chain(stored -> view(stored));
  }

  public Uni<List<AgentView>> list(UUID accountId) {
    return agents
        .ofAccount(accountId)
        .chain(
            all ->
                halts
                    .activeFor(accountId)
                    .map(
                        stops ->
                            all.stream()
                                .map(agent -> AgentView.of(agent, !stops.isEmpty()))
                                .toList()));
  }

  public Uni<AgentView> get(UUID accountId, String name) {
    return owned(accountId, name).chain(this::view);
  }

  /** Starts (or restarts) the agent; a running one is answered unchanged. */
  public Uni<AgentView> start(UUID accountId, String name) {
    return status(accountId, name, AgentStatus.RUNNING);
  }

  public Uni<AgentView> stop(UUID accountId, String name) {
    return status(accountId, name, AgentStatus.STOPPED);
  }

  private Uni<AgentView> status(UUID accountId, String name, AgentStatus status) {
    return owned(accountId, name)
        .chain(
            agent ->
                agent.status() == status
                    ? Uni.createFrom().item(agent)
                    : agents
                        .setStatus(accountId, name, status, now())
                        .map(updated -> updated.orElseThrow(() -> notFound(name))))
        .chain(this::view);
  }

  public Uni<WalletView> wallet(UUID accountId, String name) {
    return owned(accountId, name)
        .chain(
            agent ->
                priced
                    .of(pool, agent)
                    .map(read -> WalletView.of(agent, read.holdings(), read.quotes())));
  }

  public Uni<Page<TradeView>> trades(UUID accountId, String name, String cursor, int limit) {
    PageCursor after = Pages.cursor(cursor);
    return owned(accountId, name)
        .chain(agent -> trades.page(agent.id(), after, limit))
        .map(items -> Pages.page(items, limit, t -> new PageCursor(t.marketTime(), t.id())));
  }

  public Uni<Page<DecisionView>> decisions(UUID accountId, String name, String cursor, int limit) {
    PageCursor after = Pages.cursor(cursor);
    return owned(accountId, name)
        .chain(agent -> decisions.page(agent.id(), after, limit))
        .map(items -> Pages.page(items, limit, d -> new PageCursor(d.recordedAt(), d.id())));
  }

  public Uni<AgentStats> stats(UUID accountId, String name) {
    return owned(accountId, name)
        .chain(
            agent ->
                holdings(agent)
                    .chain(
                        held ->
                            trades
                                .all(pool, agent.id())
                                .chain(
                                    fills ->
                                        equity
                                            .curve(pool, agent.id())
                                            .map(
                                                curve ->
                                                    AgentStats.of(
                                                        agent.capital(),
                                                        agent.createdAt(),
                                                        fills,
                                                        curve,
                                                        held)))));
  }

  /** The agent's cash and positions at the last ticks' prices. */
  private Uni<Holdings> holdings(Agent agent) {
    return priced.of(pool, agent).map(PricedHoldings.Priced::holdings);
  }

  /** The caller's agent of that name; anyone else's is as absent as a missing one. */
  Uni<Agent> owned(UUID accountId, String name) {
    return agents.byName(accountId, name).map(found -> found.orElseThrow(() -> notFound(name)));
  }

  private Uni<AgentView> view(Agent agent) {
    return halts.activeFor(agent.accountId()).map(stops -> AgentView.of(agent, !stops.isEmpty()));
  }

  private static ApiException notFound(String name) {
    return new ApiException(Problem.NOT_FOUND, "No agent named '" + name + "'");
  }

  private java.time.Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
