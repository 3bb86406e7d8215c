package dev.vizzor.cli;

/**
 * The run's signing keys: the gateway's internal-token pair and the services' own call keys.
 * Neither is ever printed or written to disk.
 */
public record SuiteKeys(InternalTokenKeys internalToken, ServiceCallKeys serviceCalls) {}
