package dev.vizzor.market.client.goplus;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One token's facts as GoPlus gives them: every flag and number a string ({@code "1"}/{@code "0"},
 * {@code "0.05"}), any of them possibly absent or {@code ""} (unknown), holders as a list of
 * objects. Read by field name, so evidence can quote exactly what GoPlus said.
 */
public final class GoPlusToken {
  private final JsonNode fields;

  public GoPlusToken(JsonNode fields) {
    this.fields = fields;
  }

  /** {@code "1"} → true, {@code "0"} → false; absent, empty or anything else → unknown. */
  public Optional<Boolean> flag(String field) {
    return text(field)
        .flatMap(
            value ->
                switch (value) {
                  case "1" -> Optional.of(true);
                  case "0" -> Optional.of(false);
                  default -> Optional.empty();
                });
  }

  /** The value as text, when present and not empty. */
  public Optional<String> text(String field) {
    JsonNode value = fields.get(field);
    return value == null || !value.isValueNode() || value.asText().isBlank()
        ? Optional.empty()
        : Optional.of(value.asText().strip());
  }

  /** A number given as a string ({@code "0.05"}, {@code "1913743"}); unknown if not a number. */
  public Optional<BigDecimal> decimal(String field) {
    return text(field).flatMap(GoPlusToken::number);
  }

  /** {@code holders} or {@code lp_holders}: the top holders GoPlus lists (up to 10). */
  public List<Holder> holders(String field) {
    List<Holder> holders = new ArrayList<>();
    for (JsonNode holder : fields.path(field)) {
      holders.add(
          new Holder(
              holder.path("address").asText(""),
              holder.path("tag").asText(""),
              number(holder.path("percent").asText("")).orElse(null),
              "1".equals(holder.path("is_locked").asText())));
    }
    return holders;
  }

  /** {@code dex}: the DEX pools holding the token, with their liquidity in USD. */
  public List<DexPool> dex() {
    List<DexPool> pools = new ArrayList<>();
    for (JsonNode pool : fields.path("dex")) {
      pools.add(
          new DexPool(
              pool.path("name").asText(""),
              pool.path("pair").asText(""),
              number(pool.path("liquidity").asText("")).orElse(null)));
    }
    return pools;
  }

  /** A holder; {@code percent} is a fraction of the supply (0.0147 = 1.47 %). */
  public record Holder(String address, String tag, BigDecimal percent, boolean locked) {}

  public record DexPool(String name, String pair, BigDecimal liquidityUsd) {}

  private static Optional<BigDecimal> number(String text) {
    try {
      return text.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
