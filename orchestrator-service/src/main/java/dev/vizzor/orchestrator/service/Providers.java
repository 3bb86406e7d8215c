package dev.vizzor.orchestrator.service;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.vizzor.orchestrator.analyst.LocalAnalyst;
import dev.vizzor.orchestrator.config.OrchestratorConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The providers of {@code VIZZOR_LLM_PROVIDERS}, in its order, built once at start: {@code local}
 * (the analyst that needs no network), {@code claude} through langchain4j's Anthropic client, and
 * every other name through langchain4j's OpenAI client (grok, gpt, Ollama, vLLM). One without what
 * it needs (a key for the hosted ones) is skipped and the start log says why.
 */
@ApplicationScoped
@Startup
public class Providers {
  private static final Logger LOG = Logger.getLogger(Providers.class);

  private final List<ChatProvider> ordered = new ArrayList<>();

  Providers(OrchestratorConfig config, Config raw, TokenCounter tokens) {
    OrchestratorConfig.Providers settings = config.providers();
    for (String name : settings.order()) {
      String trimmed = name.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.equals(LocalAnalyst.NAME)) {
        ordered.add(
            new ChatProvider(
                LocalAnalyst.NAME,
                LocalAnalyst.MODEL,
                new LocalAnalyst(tokens::count),
                Optional.empty()));
        continue;
      }
      ProviderSettings provider = ProviderSettings.of(trimmed, raw);
      if (provider.missing().isPresent()) {
        LOG.warnf("LLM provider %s is skipped: %s", trimmed, provider.missing().get());
        continue;
      }
      ordered.add(
          new ChatProvider(
              trimmed,
              provider.model().orElseThrow(),
              client(provider, settings, config),
              Optional.of(probe(provider))));
    }
    LOG.infof(
        "LLM providers in order: %s",
        ordered.isEmpty() ? "none" : ordered.stream().map(ChatProvider::name).toList());
  }

  /** Every usable provider, in the configured order. */
  public List<ChatProvider> ordered() {
    return ordered;
  }

  private static ChatProvider.Probe probe(ProviderSettings provider) {
    String base = provider.url().orElseThrow();
    URI models = URI.create(base.endsWith("/") ? base + "models" : base + "/models");
    if (provider.anthropic()) {
      return new ChatProvider.Probe(
          models,
          Map.of("x-api-key", provider.key().orElseThrow(), "anthropic-version", "2023-06-01"));
    }
    return new ChatProvider.Probe(
        models,
        provider.key().map(key -> Map.of("Authorization", "Bearer " + key)).orElse(Map.of()));
  }

  private static StreamingChatModel client(
      ProviderSettings provider, OrchestratorConfig.Providers settings, OrchestratorConfig config) {
    Duration between = settings.tokenTimeout();
    var http =
        JdkHttpClient.builder().connectTimeout(settings.connectTimeout()).readTimeout(between);
    if (provider.anthropic()) {
      return AnthropicStreamingChatModel.builder()
          .httpClientBuilder(http)
          .baseUrl(provider.url().orElseThrow())
          .apiKey(provider.key().orElseThrow())
          .modelName(provider.model().orElseThrow())
          .maxTokens(config.maxOutputTokens())
          .timeout(between)
          .build();
    }
    return OpenAiStreamingChatModel.builder()
        .httpClientBuilder(http)
        .baseUrl(provider.url().orElseThrow())
        .apiKey(provider.key().orElse("none"))
        .modelName(provider.model().orElseThrow())
        .maxTokens(config.maxOutputTokens())
        .timeout(between)
        .build();
  }
}
