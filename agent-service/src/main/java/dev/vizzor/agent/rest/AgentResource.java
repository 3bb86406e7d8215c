package dev.vizzor.agent.rest;

import dev.vizzor.agent.domain.AgentStats;
import dev.vizzor.agent.domain.AgentView;
import dev.vizzor.agent.domain.DecisionView;
import dev.vizzor.agent.domain.NewAgent;
import dev.vizzor.agent.domain.TradeView;
import dev.vizzor.agent.domain.WalletView;
import dev.vizzor.agent.service.Agents;
import dev.vizzor.common.error.VizzorError;
import dev.vizzor.common.identity.CurrentIdentity;
import dev.vizzor.common.paging.Page;
import dev.vizzor.common.paging.Pages;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's paper-trading agents (seed 000; docs/AGENTS.md). */
@Path("/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agents")
public class AgentResource {
  private final Agents agents;
  private final CurrentIdentity identity;

  AgentResource(Agents agents, CurrentIdentity identity) {
    this.agents = agents;
    this.identity = identity;
  }

  public record AgentList(List<AgentView> agents) {}

  @GET
  @Operation(summary = "List agents", description = "The caller's agents, oldest first.")
  public Uni<AgentList> list() {
    return agents.list(identity.get().accountId()).map(AgentList::new);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create agent",
      description =
          "{name, strategy: {type, params}, symbols, interval (\"candle\", the default, or 1m-7d),"
              + " capital (USDT, default 10000), risk: {maxPositionPct, stopLossPct,"
              + " takeProfitPct, maxDailyLossPct, maxDrawdownPct, maxTradesPerDay}}. Created"
              + " stopped: start it to trade.")
  @APIResponse(responseCode = "201", description = "the agent")
  @APIResponse(
      responseCode = "400",
      description = "invalid_request naming the field (an unknown strategy among them)",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  @APIResponse(
      responseCode = "409",
      description = "conflict: the caller has an agent of that name, or the most agents allowed",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<RestResponse<AgentView>> create(NewAgent.Given request) {
    NewAgent agent = NewAgent.of(request);
    return agents
        .create(identity.get().accountId(), agent)
        .map(
            stored ->
                RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, stored)
                    .location(URI.create("/v1/agents/" + stored.name()))
                    .build());
  }

  @GET
  @Path("/{name}")
  @Operation(summary = "An agent")
  @APIResponse(
      responseCode = "404",
      description = "not_found: the caller has no agent of that name",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<AgentView> get(@PathParam("name") String name) {
    return agents.get(identity.get().accountId(), name);
  }

  @POST
  @Path("/{name}/start")
  @Operation(
      summary = "Start agent",
      description = "It trades from the next tick on; an emergency stop still holds it.")
  @APIResponse(
      responseCode = "404",
      description = "not_found: the caller has no agent of that name",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<AgentView> start(@PathParam("name") String name) {
    return agents.start(identity.get().accountId(), name);
  }

  @POST
  @Path("/{name}/stop")
  @Operation(summary = "Stop agent", description = "It keeps its cash and positions.")
  @APIResponse(
      responseCode = "404",
      description = "not_found: the caller has no agent of that name",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<AgentView> stop(@PathParam("name") String name) {
    return agents.stop(identity.get().accountId(), name);
  }

  @GET
  @Path("/{name}/wallet")
  @Operation(
      summary = "Agent wallet balance",
      description = "Cash, positions and equity at the last ticks' prices, with their source.")
  @APIResponse(
      responseCode = "404",
      description = "not_found: the caller has no agent of that name",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<WalletView> wallet(@PathParam("name") String name) {
    return agents.wallet(identity.get().accountId(), name);
  }

  @GET
  @Path("/{name}/trades")
  @Operation(summary = "Agent trade history", description = "Newest first; limit 1-200, cursor.")
  @APIResponse(
      responseCode = "404",
      description = "not_found: the caller has no agent of that name",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Page<TradeView>> trades(
      @PathParam("name") String name,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return agents.trades(identity.get().accountId(), name, cursor, Pages.limit(limit));
  }

  @GET
  @Path("/{name}/decisions")
  @Operation(
      summary = "Agent decisions",
      description =
          "Buy, sell and hold decisions with their inputs and reason, and the emergency stops"
              + " that halted and resumed it; newest first; limit 1-200, cursor.")
  @APIResponse(
      responseCode = "404",
      description = "not_found: the caller has no agent of that name",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<Page<DecisionView>> decisions(
      @PathParam("name") String name,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return agents.decisions(identity.get().accountId(), name, cursor, Pages.limit(limit));
  }

  @GET
  @Path("/{name}/stats")
  @Operation(
      summary = "Agent trade statistics",
      description = "How each figure is counted: docs/AGENTS.md, \"Statistics\".")
  @APIResponse(
      responseCode = "404",
      description = "not_found: the caller has no agent of that name",
      content = @Content(schema = @Schema(implementation = VizzorError.class)))
  public Uni<AgentStats> stats(@PathParam("name") String name) {
    return agents.stats(identity.get().accountId(), name);
  }
}
