package dev.vizzor.gateway.route;

import dev.vizzor.common.error.ApiFamily;

/**
 * Where a request goes: the service, the family whose contract it follows, and whether it needs a
 * user credential ({@code signedWebhook} routes are authenticated by their own HMAC instead).
 */
public record Route(String service, ApiFamily family, boolean signedWebhook) {}
