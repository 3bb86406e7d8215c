package dev.vizzor.gateway.route;

import dev.vizzor.common.error.ApiFamily;

/**
 * Where a request goes: the service, the family whose contract it follows, whether it is open:
 * served without a user credential (the signed webhook, authenticated by its own HMAC, and seed
 * 002's public {@code /healthz}), limited per client IP instead; and whether the gateway answers it
 * itself after the credential and limits (the WebSocket ticket) instead of proxying it. Such a
 * route's service is the one whose API it completes (its section of {@code /docs}); that service
 * never sees the request.
 */
public record Route(String service, ApiFamily family, boolean open, boolean gatewayServed) {}
