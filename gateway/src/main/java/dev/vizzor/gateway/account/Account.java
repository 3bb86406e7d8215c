package dev.vizzor.gateway.account;

import dev.vizzor.common.identity.Tier;
import java.util.UUID;

public record Account(UUID id, Tier tier) {}
