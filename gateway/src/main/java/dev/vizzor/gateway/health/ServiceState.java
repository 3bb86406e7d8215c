package dev.vizzor.gateway.health;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One service as {@code /health} reports it. */
public record ServiceState(@JsonIgnore String name, String status, long latencyMs) {}
