package dev.vizzor.webhook.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Operator settings of the webhook; {@code VIZZOR_WEBHOOK_SECRETS} maps to {@code secrets}. */
@ConfigMapping(prefix = "vizzor.webhook")
public interface WebhookConfig {

  /**
   * Any one of these verifies a delivery, so a secret can be rotated without downtime. A secret
   * written {@code whsec_<base64>} keys Standard Webhooks signatures with its decoded bytes.
   */
  List<String> secrets();

  /** Largest accepted body; larger ones get 413 before anything is parsed. */
  @WithDefault("65536")
  int maxBodyBytes();

  /** How far a Standard Webhooks timestamp may lie from now, either way. */
  @WithDefault("5m")
  Duration timestampTolerance();

  /**
   * How long a Standard Webhooks delivery id is remembered. Senders retry a delivery under the same
   * id, freshly timestamped, for more than a day (Svix: about 28 h), so an id kept only past the
   * timestamp window would let a late retry apply the change a second time.
   */
  @WithDefault("3d")
  Duration deliveryIdRetention();
}
