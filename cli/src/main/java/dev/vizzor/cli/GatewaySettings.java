package dev.vizzor.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What only the gateway is given: the admin API token and the Supabase JWT settings it verifies
 * user tokens with (DESIGN.md, "Configuration that operators set"); also, from {@link
 * InternalTokenKeys}, the private key it signs internal tokens with.
 */
public record GatewaySettings(String adminToken, Map<String, String> jwt) {

  static final List<String> JWT_VARIABLES =
      List.of("VIZZOR_JWT_HS256_SECRET", "VIZZOR_JWT_JWKS_URL", "VIZZOR_JWT_ISSUER");

  /** Every variable that only the gateway may see, whether set here or inherited. */
  static final List<String> GATEWAY_ONLY_VARIABLES =
      Stream.concat(
              Stream.of(
                  "VIZZOR_ADMIN_TOKEN",
                  "VIZZOR_ADMIN_PORT",
                  InternalTokenKeys.PRIVATE_KEY_VARIABLE),
              JWT_VARIABLES.stream())
          .toList();

  /** The JWT variables set in {@code environment}, passed on unchanged; unset ones stay unset. */
  public static GatewaySettings of(
      String adminToken, Function<String, Optional<String>> environment) {
    Map<String, String> jwt = new LinkedHashMap<>();
    for (String name : JWT_VARIABLES) {
      environment.apply(name).ifPresent(value -> jwt.put(name, value));
    }
    return new GatewaySettings(adminToken, jwt);
  }
}
