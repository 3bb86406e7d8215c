package dev.vizzor.gateway.limit;

import dev.vizzor.common.identity.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** A Lua script from {@code limits/}, with its SHA-1 so it runs by EVALSHA after the first load. */
public record LimitScript(String source, String sha) {

  /** The admission script with the configured tier table spliced in. */
  public static LimitScript admission(LimitsConfig config) {
    StringBuilder table = new StringBuilder();
    for (Tier tier : Tier.values()) {
      LimitsConfig.TierLimits limits = TierTable.limitsOf(config, tier);
      table.append(
          String.format(
              Locale.ROOT,
              "  %s = {rpm = %d, conc = %d, api = %d, daily = %d},%n",
              tier.wire(),
              limits.perMinute(),
              limits.concurrent(),
              limits.apiAccess() ? 1 : 0,
              limits.dailyQuota().orElse(-1)));
    }
    return of(resource("admit.lua").replace("--TIERS--\n", table.toString()));
  }

  public static LimitScript leases() {
    return of(resource("leases.lua"));
  }

  private static LimitScript of(String source) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
      return new LimitScript(source, HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = LimitScript.class.getResourceAsStream("/limits/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing script limits/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
