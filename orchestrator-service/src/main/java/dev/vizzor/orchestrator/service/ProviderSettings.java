package dev.vizzor.orchestrator.service;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * One provider's endpoint, key and model: {@code VIZZOR_LLM_<NAME>_URL}, {@code _KEY}, {@code
 * _MODEL} (read as {@code vizzor.llm.<name>.url} and so on, so any name in {@code
 * VIZZOR_LLM_PROVIDERS} has its own). grok, gpt and claude have their public endpoints and a model
 * by default and need a key; any other name is an OpenAI-compatible server (Ollama, vLLM) that
 * needs a URL and a model, and a key only if it asks for one.
 */
record ProviderSettings(
    String name, Optional<String> url, Optional<String> key, Optional<String> model) {
  static ProviderSettings of(String name, Config config) {
    String prefix = "vizzor.llm." + name.toLowerCase(Locale.ROOT) + ".";
    return new ProviderSettings(
        name,
        nonBlank(config, prefix + "url").or(() -> Optional.ofNullable(defaultUrl(name))),
        nonBlank(config, prefix + "key"),
        nonBlank(config, prefix + "model").or(() -> Optional.ofNullable(defaultModel(name))));
  }

  /** Why the provider cannot be used as configured, or empty when it can. */
  Optional<String> missing() {
    boolean hosted = defaultUrl(name) != null;
    if (hosted && key.isEmpty()) {
      return Optional.of("no key (VIZZOR_LLM_" + name.toUpperCase(Locale.ROOT) + "_KEY)");
    }
    if (url.isEmpty()) {
      return Optional.of("no URL (VIZZOR_LLM_" + name.toUpperCase(Locale.ROOT) + "_URL)");
    }
    if (model.isEmpty()) {
      return Optional.of("no model (VIZZOR_LLM_" + name.toUpperCase(Locale.ROOT) + "_MODEL)");
    }
    return Optional.empty();
  }

  boolean anthropic() {
    return name.equals("claude");
  }

  private static String defaultUrl(String name) {
    return switch (name) {
      case "grok" -> "https://api.x.ai/v1";
      case "gpt" -> "https://api.openai.com/v1";
      case "claude" -> "https://api.anthropic.com/v1/";
      default -> null;
    };
  }

  private static String defaultModel(String name) {
    return switch (name) {
      case "grok" -> "grok-3-mini";
      case "gpt" -> "gpt-4o-mini";
      case "claude" -> "claude-3-5-haiku-latest";
      default -> null;
    };
  }

  private static Optional<String> nonBlank(Config config, String property) {
    return config.getOptionalValue(property, String.class).filter(v -> !v.isBlank());
  }
}
