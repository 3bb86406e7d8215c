package dev.vizzor.agent.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.agent.config.AgentConfig;
import dev.vizzor.agent.domain.Action;
import dev.vizzor.agent.domain.Agent;
import dev.vizzor.agent.domain.AgentStatus;
import dev.vizzor.agent.domain.ChronoVisorCall;
import dev.vizzor.agent.domain.Decision;
import dev.vizzor.agent.domain.DecisionRules;
import dev.vizzor.agent.domain.DecisionView;
import dev.vizzor.agent.domain.EquityPoint;
import dev.vizzor.agent.domain.FillModel;
import dev.vizzor.agent.domain.Holdings;
import dev.vizzor.agent.domain.Moment;
import dev.vizzor.agent.domain.Position;
import dev.vizzor.agent.domain.PriceQuote;
import dev.vizzor.agent.domain.Reading;
import dev.vizzor.agent.domain.RiskState;
import dev.vizzor.agent.domain.Side;
import dev.vizzor.agent.domain.StrategyKinds;
import dev.vizzor.agent.domain.TradeView;
import dev.vizzor.agent.repository.AgentEvents;
import dev.vizzor.agent.repository.AgentRepository;
import dev.vizzor.agent.repository.DecisionRepository;
import dev.vizzor.agent.repository.EquityRepository;
import dev.vizzor.agent.repository.HaltRepository;
import dev.vizzor.agent.repository.PositionRepository;
import dev.vizzor.agent.repository.PriceRepository;
import dev.vizzor.agent.repository.TradeRepository;
import dev.vizzor.common.messaging.CloudEvents;
import dev.vizzor.common.messaging.HandledEvents;
import dev.vizzor.common.messaging.OutboxRelay;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The trading engine (docs/AGENTS.md). Ticks and ChronoVisor calls reach it through consumer groups
 * shared by every replica, so each event is handled by one replica; each agent's decision on an
 * event runs in a transaction that claims (agent, event), locks the agent and reads the emergency
 * stops after the lock. An agent therefore decides once per event whichever replica holds it, and
 * never after a stop was acknowledged.
 */
@ApplicationScoped
public class Trading {
  static final String TICKS = "agents-ticks";
  static final String CALLS = "agents-calls";

  /**
   * Decisions of one event in flight at once: under the reactive pool's 20 connections, which the
   * REST calls and the other consumers share.
   */
  static final int DECISIONS_AT_ONCE = 8;

  private final AgentRepository agents;
  private final PositionRepository positions;
  private final TradeRepository trades;
  private final DecisionRepository decisions;
  private final EquityRepository equity;
  private final PriceRepository prices;
  private final AgentEvents events;
  private final HandledEvents handled;
  private final OutboxRelay relay;
  private final StrategyReadings readings;
  private final PricedHoldings priced;
  private final Halts halts;
  private final HaltRepository stops;
  private final FillModel fills;
  private final ObjectMapper json;
  private final Clock clock;

  Trading(
      AgentRepository agents,
      PositionRepository positions,
      TradeRepository trades,
      DecisionRepository decisions,
      EquityRepository equity,
      PriceRepository prices,
      AgentEvents events,
      HandledEvents handled,
      OutboxRelay relay,
      StrategyReadings readings,
      PricedHoldings priced,
      Halts halts,
      HaltRepository stops,
      AgentConfig config,
      ObjectMapper json,
      Clock clock) {
    this.agents = agents;
    this.positions = positions;
    this.trades = trades;
    this.decisions = decisions;
    this.equity = equity;
    this.prices = prices;
    this.events = events;
    this.handled = handled;
    this.relay = relay;
    this.readings = readings;
    this.priced = priced;
    this.halts = halts;
    this.stops = stops;
    this.fills =
        new FillModel(
            config.fills().feeRate(),
            config.fills().halfSpreadBps(),
            config.fills().impactBpsPer10k());
    this.json = json;
    this.clock = clock;
  }

  /**
   * A tick: its price is kept for wallets, then every running agent on its symbol checks its risk
   * exits and, when its cadence says so, asks its strategy. Emits how many decisions were made.
   */
  public Uni<Integer> onTick(Moment tick) {
    return prices
        .record(new PriceQuote(tick.symbol(), tick.price(), tick.asOf(), tick.source()))
        .chain(() -> agents.runningOn(tick.symbol()))
        .chain(
            running ->
                agents
                    .decidedOn(tick.symbol(), running.stream().map(Agent::id).toList())
                    .chain(
                        decided ->
                            each(running, agent -> onTick(agent, decided.get(agent.id()), tick))));
  }

  /** A ChronoVisor call: the chronovisor agents on its symbol and horizon decide on it. */
  public Uni<Integer> onCall(ChronoVisorCall call) {
    return agents
        .runningOn(call.symbol())
        .chain(
            running ->
                prices
                    .of(List.of(call.symbol()))
                    .chain(
                        quotes ->
                            each(
                                running.stream()
                                    .filter(a -> StrategyKinds.onPredictions(a.strategyType()))
                                    .toList(),
                                agent -> onCall(agent, call, quotes.get(call.symbol())))));
  }

  private Uni<Integer> each(List<Agent> running, Function<Agent, Uni<Boolean>> decide) {
    return Multi.createFrom()
        .iterable(running)
        .filter(agent -> !halts.covers(agent.accountId()))
        .onItem()
        // each agent's decision is its own transaction on its own rows, so they run side by side,
        // several at once (docs/BENCHMARKS.md: 100 agents on a tick, one after another, took 267
        // ms)
        .transformToUni(agent -> decide.apply(agent))
        .merge(DECISIONS_AT_ONCE)
        .filter(decided -> decided)
        .collect()
        .with(Collectors.counting())
        .map(Long::intValue)
        .invoke(
            decided -> {
              if (decided > 0) {
                relay.nudge();
              }
            });
  }

  /** Chronovisor agents' strategy decides on calls, not ticks; their risk exits still run here. */
  private Uni<Boolean> onTick(Agent agent, Instant lastOnSymbol, Moment tick) {
    boolean due =
        !StrategyKinds.onPredictions(agent.strategyType())
            && agent.cadence().due(lastOnSymbol, tick.asOf());
    Uni<Optional<Reading>> reading =
        due
            ? readings.at(agent, tick.symbol(), tick.asOf())
            : Uni.createFrom().item(Optional.empty());
    return reading.chain(
        read ->
            handled
                .once(
                    TICKS,
                    CloudEvents.stableId(
                        "agent-tick", agent.id().toString(), tick.eventId().toString()),
                    tx -> decide(tx, agent.id(), tick, due, read))
                .map(done -> done.orElse(false)));
  }

  private Uni<Boolean> onCall(Agent agent, ChronoVisorCall call, PriceQuote quote) {
    Optional<Reading> reading = call.readingFor(agent.strategyParams());
    if (reading.isEmpty()) {
      return Uni.createFrom().item(false);
    }
    // the price the call is traded at: the last tick's, unless the call is newer than it
    boolean tickIsNewer = quote != null && !quote.asOf().isBefore(call.emittedAt());
    Moment moment =
        new Moment(
            call.eventId(),
            call.symbol(),
            tickIsNewer ? quote.price() : call.entryPrice(),
            tickIsNewer ? quote.asOf() : call.emittedAt(),
            tickIsNewer ? quote.source() : "chronovisor entry price");
    return handled
        .once(
            CALLS,
            CloudEvents.stableId("agent-call", agent.id().toString(), call.eventId().toString()),
            tx -> decide(tx, agent.id(), moment, true, reading))
        .map(done -> done.orElse(false));
  }

  /**
   * The decision itself, under the agent's lock: a risk exit first, else the strategy's reading
   * when one is due. True when something was decided.
   */
  private Uni<Boolean> decide(
      SqlConnection tx, UUID agentId, Moment moment, boolean due, Optional<Reading> reading) {
    return agents
        .lock(tx, agentId)
        .chain(
            locked -> {
              if (locked.isEmpty() || locked.get().status() != AgentStatus.RUNNING) {
                return Uni.createFrom().item(false);
              }
              Agent agent = locked.get();
              return stops
                  .activeFor(tx, agent.accountId())
                  .chain(
                      active ->
                          active.isEmpty()
                              ? stillDue(tx, agent, moment, due)
                                  .chain(
                                      dueNow ->
                                          holdings(tx, agent, moment)
                                              .chain(
                                                  held ->
                                                      decideUnhalted(
                                                          tx, agent, held, moment, dueNow,
                                                          reading)))
                              : Uni.createFrom().item(false));
            });
  }

  /**
   * Whether the strategy's decision is still due under the agent's lock: another event of the
   * symbol may have been decided on since the engine read it.
   */
  private Uni<Boolean> stillDue(SqlConnection tx, Agent agent, Moment moment, boolean due) {
    if (!due) {
      return Uni.createFrom().item(false);
    }
    return agents
        .decidedOn(tx, agent.id(), moment.symbol())
        .map(last -> agent.cadence().due(last.orElse(null), moment.asOf()));
  }

  private Uni<Boolean> decideUnhalted(
      SqlConnection tx,
      Agent agent,
      Holdings holdings,
      Moment moment,
      boolean due,
      Optional<Reading> reading) {
    Position held = holdings.positions().get(moment.symbol());
    Optional<Decision> exit =
        held == null
            ? Optional.empty()
            : DecisionRules.riskExit(agent.risk(), held, moment.price(), fills);
    if (exit.isPresent()) {
      return apply(tx, agent, holdings, exit.get(), moment, false).replaceWith(true);
    }
    if (!due) {
      return Uni.createFrom().item(false);
    }
    if (reading.isEmpty()) {
      Decision hold =
          new Decision(
              Action.HOLD,
              moment.symbol(),
              moment.price(),
              null,
              "no candles of " + moment.symbol() + " from market-service",
              Map.of());
      return apply(tx, agent, holdings, hold, moment, true).replaceWith(true);
    }
    return riskState(tx, agent, moment.asOf())
        .chain(
            state ->
                apply(
                    tx,
                    agent,
                    holdings,
                    DecisionRules.onReading(
                        agent.risk(),
                        holdings,
                        state,
                        moment.symbol(),
                        moment.price(),
                        reading.get(),
                        fills),
                    moment,
                    true))
        .replaceWith(true);
  }

  private Uni<Holdings> holdings(SqlConnection tx, Agent agent, Moment moment) {
    return priced.of(tx, agent).map(read -> read.holdings().at(moment.symbol(), moment.price()));
  }

  private Uni<RiskState> riskState(SqlConnection tx, Agent agent, Instant marketTime) {
    Instant dayStart = marketTime.truncatedTo(ChronoUnit.DAYS);
    return trades
        .countSince(tx, agent.id(), dayStart)
        .chain(
            today ->
                equity
                    .before(tx, agent.id(), dayStart)
                    .chain(
                        start ->
                            equity
                                .peak(tx, agent.id())
                                .map(
                                    peak ->
                                        new RiskState(
                                            today,
                                            start.orElse(agent.capital()),
                                            peak.map(p -> p.max(agent.capital()))
                                                .orElse(agent.capital())))));
  }

  /** Stores the decision, its fill and the equity after it, and adds their events. */
  private Uni<Void> apply(
      SqlConnection tx,
      Agent agent,
      Holdings before,
      Decision decision,
      Moment moment,
      boolean strategyDecision) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    UUID decisionId =
        CloudEvents.stableId(
            "agent-decision",
            agent.id().toString(),
            moment.eventId().toString(),
            strategyDecision ? "strategy" : "risk");
    BigDecimal cash = before.cash();
    Map<String, Position> after = new HashMap<>(before.positions());
    TradeView trade = null;
    Uni<Void> position = Uni.createFrom().voidItem();
    if (decision.fill() != null) {
      var fill = decision.fill();
      cash = cash.add(fill.cashChange());
      BigDecimal realized = null;
      if (fill.side() == Side.BUY) {
        Position opened =
            new Position(
                moment.symbol(), fill.quantity(), fill.notional().add(fill.fee()), moment.asOf());
        after.put(moment.symbol(), opened);
        position = positions.open(tx, agent.id(), opened);
      } else {
        realized = fill.notional().subtract(fill.fee()).subtract(after.get(moment.symbol()).cost());
        after.remove(moment.symbol());
        position = positions.close(tx, agent.id(), moment.symbol());
      }
      trade =
          new TradeView(
              CloudEvents.stableId("agent-trade", decisionId.toString()),
              agent.id(),
              agent.name(),
              agent.accountId(),
              moment.symbol(),
              fill.side().wire(),
              fill.quantity(),
              fill.marketPrice(),
              fill.price(),
              fill.notional(),
              fill.fee(),
              realized,
              cash,
              decision.reason(),
              moment.asOf(),
              now);
    }
    Holdings holdingsAfter = new Holdings(cash, after, before.prices());
    Map<String, Object> inputs = new HashMap<>(decision.inputs());
    inputs.put("priceSource", moment.source());
    DecisionView view =
        new DecisionView(
            decisionId,
            agent.id(),
            agent.name(),
            agent.accountId(),
            decision.action().wire(),
            decision.symbol(),
            decision.price(),
            decision.reason(),
            json.valueToTree(inputs),
            trade == null ? null : trade.id(),
            moment.asOf(),
            now);
    TradeView filled = trade;
    BigDecimal cashAfter = cash;
    Uni<Void> fill =
        filled == null
            ? Uni.createFrom().voidItem()
            : trades.add(tx, filled).chain(() -> events.trade(tx, filled));
    Uni<Void> positionChange = position;
    return fill.chain(() -> positionChange)
        .chain(() -> decisions.add(tx, view))
        .chain(() -> events.decision(tx, view))
        .chain(
            () ->
                agents.decided(
                    tx,
                    agent.id(),
                    moment.symbol(),
                    cashAfter,
                    strategyDecision ? moment.asOf() : null,
                    now))
        .chain(
            () ->
                equity.record(
                    tx,
                    agent.id(),
                    new EquityPoint(
                        moment.asOf(),
                        cashAfter,
                        holdingsAfter.positionsValue(),
                        holdingsAfter.equity())));
  }
}
