package dev.vizzor.market.client.goplus;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GoPlus's envelope, always HTTP 200: {@code code} 1 = complete, 2 = partial data (ask again in
 * about 15 s), anything else an error named by {@code message} (4029: rate limited). {@code result}
 * maps each lower-case address asked about that GoPlus knows to its facts; it is {@code {}} for an
 * address GoPlus does not know.
 */
public record GoPlusResponse(Integer code, String message, JsonNode result) {}
