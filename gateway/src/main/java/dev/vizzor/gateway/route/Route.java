package dev.vizzor.gateway.route;

import dev.vizzor.common.error.ApiFamily;

/**
 * Where a request goes: the service, the family whose contract it follows, and whether it is open:
 * served without a user credential (the signed webhook, authenticated by its own HMAC, and seed
 * 002's public {@code /healthz}), limited per client IP instead.
 */
public record Route(String service, ApiFamily family, boolean open) {}
