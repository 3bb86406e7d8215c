package dev.vizzor.cli;

/** The addresses and secrets every service is given, whoever provides the stores. */
public record SuiteConnections(
    String pgUrl,
    String pgUser,
    String pgPassword,
    String redisUrl,
    String kafkaBootstrap,
    String webhookSecrets) {}
