package dev.vizzor.market.security.rpc;

import dev.vizzor.common.error.ApiError;
import dev.vizzor.common.error.ApiException;
import dev.vizzor.common.error.Problem;
import dev.vizzor.market.security.Chain;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The node answered, but with a JSON-RPC error object (inside HTTP 200, as nodes do), a refusal, or
 * something that is not JSON-RPC. The node is healthy, so this is never retried and never opens the
 * circuit; the caller gets 503, since the request itself was fine.
 */
public class RpcErrorException extends ApiException {
  static final long RETRY_AFTER_SECONDS = 30;

  /** What the error means for us. */
  public enum Kind {
    /** The node caps the block range or the result count of {@code eth_getLogs}: split it. */
    RANGE_LIMIT,
    /** The answer was over the response bound: for logs, split the range as for a limit. */
    TOO_LARGE,
    /** -32602: the node rejected the parameters; the same call would fail again. */
    INVALID_PARAMS,
    /** A pruned node no longer holds the state asked for ({@code missing trie node}). */
    MISSING_STATE,
    OTHER
  }

  /** How nodes word a range or result-count cap (the Gnosis capture, Infura, publicnode, …). */
  private static final List<String> RANGE_WORDS =
      List.of(
          "block range",
          "blocks range",
          "range limit",
          "range is too large",
          "range too large",
          "query returned more than",
          "too many results",
          "response size exceeded");

  /** A number of blocks a cap names, e.g. "limited to a 1000 blocks range". */
  private static final Pattern BLOCKS = Pattern.compile("(\\d[\\d,]*)\\s*blocks?\\b");

  private final Kind kind;
  private final String nodeMessage;

  RpcErrorException(Chain chain, String method, Kind kind, String nodeMessage) {
    super(
        ApiError.retryable(
            Problem.SERVICE_UNAVAILABLE,
            describe(chain, method, kind, nodeMessage),
            RETRY_AFTER_SECONDS));
    this.kind = kind;
    this.nodeMessage = nodeMessage;
  }

  /** A JSON-RPC error object, sorted by what it means. */
  static RpcErrorException of(Chain chain, String method, long code, String message) {
    return new RpcErrorException(
        chain, method, classify(code, message), "error " + code + ": " + abbreviate(message));
  }

  static RpcErrorException malformed(Chain chain, String method, String what) {
    return new RpcErrorException(chain, method, Kind.OTHER, what);
  }

  static RpcErrorException tooLarge(Chain chain, String method, int maxBytes) {
    return new RpcErrorException(
        chain, method, Kind.TOO_LARGE, "the answer is larger than " + maxBytes + " bytes");
  }

  static Kind classify(long code, String message) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (code == -32602) {
      return Kind.INVALID_PARAMS;
    }
    if (text.contains("missing trie node")) {
      return Kind.MISSING_STATE;
    }
    if (code == -32005 || RANGE_WORDS.stream().anyMatch(text::contains)) {
      return Kind.RANGE_LIMIT;
    }
    return Kind.OTHER;
  }

  /** Whether the error means the same call made on a smaller block range may succeed. */
  boolean asksForSmallerRange() {
    return kind == Kind.RANGE_LIMIT || kind == Kind.TOO_LARGE;
  }

  /** The number of blocks a range cap names, if its message names one. */
  Optional<Long> blockLimit() {
    Matcher blocks = BLOCKS.matcher(nodeMessage);
    if (kind != Kind.RANGE_LIMIT || !blocks.find()) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(blocks.group(1).replace(",", ""))).filter(n -> n > 0);
  }

  public Kind kind() {
    return kind;
  }

  public String nodeMessage() {
    return nodeMessage;
  }

  private static String describe(Chain chain, String method, Kind kind, String nodeMessage) {
    String node = "the EVM JSON-RPC node for " + chain.wireName();
    return switch (kind) {
      case MISSING_STATE ->
          node
              + " no longer holds the state "
              + method
              + " needs (a pruned node: "
              + nodeMessage
              + "); configure an archive node";
      case INVALID_PARAMS ->
          node + " rejected the parameters of " + method + " (" + nodeMessage + ")";
      case RANGE_LIMIT, TOO_LARGE ->
          node
              + " could not answer "
              + method
              + " even over small block ranges ("
              + nodeMessage
              + "); ask for a smaller window";
      case OTHER -> node + " answered " + method + " with an error (" + nodeMessage + ")";
    };
  }

  private static String abbreviate(String message) {
    String text = message == null ? "" : message.strip();
    return text.length() <= 200 ? text : text.substring(0, 197) + "...";
  }
}
