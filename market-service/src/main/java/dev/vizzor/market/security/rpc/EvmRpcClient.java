package dev.vizzor.market.security.rpc;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vizzor.market.config.EvmRpcConfig;
import dev.vizzor.market.security.Chain;
import dev.vizzor.market.security.EvmAddress;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * {@link EvmRpc} over JSON-RPC 2.0 on HTTP POST, one request per call, each through its chain's
 * {@link RpcGuards guard}. An error object inside HTTP 200 becomes a {@link RpcErrorException} of
 * its {@link RpcErrorException.Kind kind}; HTTP 429/5xx and transport failures become {@link
 * RpcUnavailableException}.
 */
@ApplicationScoped
public class EvmRpcClient implements EvmRpc {
  private static final TypeLiteral<Uni<JsonNode>> UNI_JSON = new TypeLiteral<>() {};

  private final RpcEndpoints endpoints;
  private final RpcGuards guards;
  private final JsonRpcTransport transport;
  private final ObjectMapper json;
  private final LogRanges logRanges;
  private final long circuitRetryAfterSeconds;
  private final AtomicLong ids = new AtomicLong();

  EvmRpcClient(EvmRpcConfig config, JsonRpcTransport transport, ObjectMapper json) {
    this.endpoints = RpcEndpoints.parse(config.urls());
    this.guards = new RpcGuards(config);
    this.transport = transport;
    this.json = json;
    this.logRanges = new LogRanges(this::getLogs, config.maxLogRequests());
    this.circuitRetryAfterSeconds = Math.max(1, config.circuitDelay().toSeconds());
  }

  @Override
  public boolean configured(Chain chain) {
    return endpoints.of(chain).isPresent();
  }

  @Override
  public String source(Chain chain) {
    return endpoint(chain).label();
  }

  @Override
  public Uni<Long> blockNumber(Chain chain) {
    return call(chain, "eth_blockNumber", result -> Hex.longQuantity(result.asText()));
  }

  @Override
  public Uni<BigInteger> balance(Chain chain, EvmAddress account) {
    return call(
        chain, "eth_getBalance", result -> Hex.quantity(result.asText()), account.hex(), "latest");
  }

  @Override
  public Uni<Long> transactionCount(Chain chain, EvmAddress account) {
    return call(
        chain,
        "eth_getTransactionCount",
        result -> Hex.longQuantity(result.asText()),
        account.hex(),
        "latest");
  }

  @Override
  public Uni<Optional<byte[]>> code(Chain chain, EvmAddress account) {
    return call(
        chain,
        "eth_getCode",
        result -> Optional.of(Hex.data(result.asText())).filter(code -> code.length > 0),
        account.hex(),
        "latest");
  }

  @Override
  public Uni<List<RpcLog>> logs(Chain chain, LogFilter filter) {
    endpoint(chain);
    return logRanges.fetch(chain, filter);
  }

  private Uni<List<RpcLog>> getLogs(Chain chain, LogFilter filter) {
    ObjectNode params = json.createObjectNode();
    params.put("fromBlock", Hex.quantity(filter.fromBlock()));
    params.put("toBlock", Hex.quantity(filter.toBlock()));
    ArrayNode topics = params.putArray("topics");
    int last = filter.topics().size();
    while (last > 0 && filter.topics().get(last - 1) == null) {
      last--;
    }
    filter.topics().subList(0, last).forEach(topics::add);
    return call(chain, "eth_getLogs", RpcLogs::parse, params);
  }

  private RpcEndpoints.Endpoint endpoint(Chain chain) {
    return endpoints
        .of(chain)
        .orElseThrow(() -> new NoRpcConfiguredException(chain, endpoints.chains()));
  }

  /** One guarded request; a result {@code read} cannot make sense of is the node's error. */
  private <T> Uni<T> call(
      Chain chain, String method, Function<JsonNode, T> read, Object... params) {
    RpcEndpoints.Endpoint endpoint = endpoint(chain);
    return guards
        .of(chain)
        .get(() -> attempt(chain, endpoint, method, params), UNI_JSON)
        .onFailure(CircuitBreakerOpenException.class)
        .transform(
            open ->
                new RpcUnavailableException(
                    chain, "too many recent failures; not called", circuitRetryAfterSeconds))
        .onFailure(TimeoutException.class)
        .transform(late -> new RpcUnavailableException(chain, "no answer in time"))
        .map(
            result -> {
              try {
                return read.apply(result);
              } catch (IllegalArgumentException | ArithmeticException unreadable) {
                throw RpcErrorException.malformed(chain, method, unreadable.getMessage());
              }
            });
  }

  private Uni<JsonNode> attempt(
      Chain chain, RpcEndpoints.Endpoint endpoint, String method, Object[] params) {
    ObjectNode request = json.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", ids.incrementAndGet());
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object param : params) {
      array.add(param instanceof JsonNode node ? node : json.valueToTree(param));
    }
    byte[] body;
    try {
      body = json.writeValueAsBytes(request);
    } catch (IOException impossible) {
      return Uni.createFrom().failure(impossible);
    }
    return transport
        .post(chain, method, endpoint.url(), body)
        .map(reply -> result(chain, method, reply));
  }

  /** The result, or the error the envelope or status stands for. */
  private JsonNode result(Chain chain, String method, JsonRpcTransport.Reply reply) {
    int status = reply.status();
    if (status == 429 || status >= 500) {
      throw new RpcUnavailableException(chain, method + " answered HTTP " + status);
    }
    JsonNode envelope;
    try {
      envelope = json.readTree(reply.body());
    } catch (IOException notJson) {
      envelope = null;
    }
    JsonNode error = envelope == null ? null : envelope.get("error");
    if (error != null && !error.isNull()) {
      throw RpcErrorException.of(
          chain, method, error.path("code").asLong(0), error.path("message").asText(""));
    }
    if (status != 200) {
      throw RpcErrorException.malformed(chain, method, "HTTP " + status);
    }
    if (envelope == null || !envelope.has("result")) {
      String start = new String(reply.body(), 0, Math.min(60, reply.body().length), UTF_8);
      throw RpcErrorException.malformed(
          chain, method, "the answer is not a JSON-RPC response: '" + start + "'");
    }
    return envelope.get("result");
  }
}
