package dev.vizzor.gateway.account;

import java.util.UUID;

public record Account(UUID id, Tier tier) {}
