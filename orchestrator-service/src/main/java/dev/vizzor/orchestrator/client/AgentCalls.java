package dev.vizzor.orchestrator.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vizzor.common.calls.ServiceCall;
import dev.vizzor.orchestrator.config.OrchestratorConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * agent-service for the agent tools, with the same bounds as the other tool clients: 10 s a call, a
 * circuit per method that opens when half of its last 10 calls failed. Its refusals do not count as
 * failures: names come from the user, and a few unknown ones must not shut the tools for everyone.
 * The two reads are asked once more when the first try found no answer (unreachable, or a 5xx); a
 * 4xx would only come back the same. Nothing that changes an agent is retried: a create whose
 * answer was lost may have stored the agent, and the second try would meet a 409.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@CircuitBreaker(
    requestVolumeThreshold = 10,
    failureRatio = 0.5,
    delay = ServiceClients.CIRCUIT_DELAY_MILLIS,
    skipOn = ServiceRefusal.class)
public class AgentCalls {
  private static final String SERVICE = "agent-service";
  private final AgentApi api;

  AgentCalls(OrchestratorConfig config) {
    this.api = ServiceClients.build(config.agentUrl(), 10, AgentApi.class);
  }

  public Uni<JsonNode> agents(ServiceCall call) {
    return ServiceAnswers.asTool(SERVICE, againIfUnanswered(api.list(call)));
  }

  public Uni<JsonNode> create(ServiceCall call, JsonNode agent) {
    return ServiceAnswers.asTool(SERVICE, api.create(call, agent));
  }

  public Uni<JsonNode> start(ServiceCall call, String name) {
    return ServiceAnswers.asTool(SERVICE, api.start(call, name));
  }

  public Uni<JsonNode> stop(ServiceCall call, String name) {
    return ServiceAnswers.asTool(SERVICE, api.stop(call, name));
  }

  public Uni<JsonNode> stats(ServiceCall call, String name) {
    return ServiceAnswers.asTool(SERVICE, againIfUnanswered(api.stats(call, name)));
  }

  /** A read asked a second time (the REST client sends it anew) unless the service refused it. */
  private static Uni<JsonNode> againIfUnanswered(Uni<JsonNode> read) {
    return read.onFailure(AgentCalls::unanswered).retry().atMost(1);
  }

  private static boolean unanswered(Throwable failure) {
    return !(failure instanceof WebApplicationException web)
        || web.getResponse().getStatus() >= 500;
  }
}
