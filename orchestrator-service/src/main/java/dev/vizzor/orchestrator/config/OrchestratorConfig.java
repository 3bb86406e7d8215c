package dev.vizzor.orchestrator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** orchestrator-service's settings ({@code vizzor.orchestrator.*}); docs/CHAT.md lists them. */
@ConfigMapping(prefix = "vizzor.orchestrator")
public interface OrchestratorConfig {
  /** market-service, for the price, trending and fear & greed tools ({@code VIZZOR_MARKET_URL}). */
  String marketUrl();

  /**
   * prediction-service, for the ChronoVisor, backtest and signal tools ({@code
   * VIZZOR_PREDICTION_URL}).
   */
  String predictionUrl();

  /** notification-service, for the alert tools ({@code VIZZOR_NOTIFICATION_URL}). */
  String notificationUrl();

  /** agent-service, for the agent tools ({@code VIZZOR_AGENT_URL}). */
  String agentUrl();

  /** Tool rounds one message may take before the model must answer with what it has. */
  @WithDefault("4")
  int maxToolRounds();

  /** Output tokens a provider may write per message; the credit hold covers them. */
  @WithDefault("1024")
  int maxOutputTokens();

  Credits credits();

  Providers providers();

  Voice voice();

  /** Credits: the grant an account starts with, by tier (docs/CHAT.md). */
  interface Credits {
    /** Tier wire name → starting credits; tiers not listed start with {@link #defaultGrant}. */
    Map<String, Long> grant();

    @WithDefault("100")
    long defaultGrant();
  }

  /** The LLM providers, tried in order ({@code VIZZOR_LLM_PROVIDERS}). */
  interface Providers {
    /**
     * e.g. {@code grok,gpt,claude,local}; unset: {@code local} only. Each provider's endpoint, key
     * and model are {@code VIZZOR_LLM_<NAME>_URL}, {@code _KEY}, {@code _MODEL} ({@code
     * ProviderSettings}).
     */
    @WithDefault("local")
    List<String> order();

    /** How long a provider that failed is skipped, on every replica. */
    @WithDefault("30s")
    Duration cooldown();

    /** Connecting to a provider. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** The longest wait for a provider's first or next token. */
    @WithDefault("20s")
    Duration tokenTimeout();
  }

  /** Seed 002's {@code mode: "voice"}: the answer spoken, stored, and served to its owner. */
  interface Voice {
    /** Characters of an answer that are spoken; a longer answer is cut at a word boundary. */
    @WithDefault("5000")
    int maxChars();

    /** How long a clip is kept and served after it was made. */
    @WithDefault("24h")
    Duration retention();

    ElevenLabs elevenlabs();

    Espeak espeak();

    /** ElevenLabs, used when its key is set ({@code VIZZOR_TTS_ELEVENLABS_*}). */
    interface ElevenLabs {
      String url();

      Optional<String> key();

      /** A premade voice every ElevenLabs account has ("Rachel"). */
      @WithDefault("21m00Tcm4TlvDq8ikWAM")
      String voiceId();

      @WithDefault("eleven_multilingual_v2")
      String model();

      /** The whole call, audio included. */
      @WithDefault("20s")
      Duration timeout();
    }

    /** The local synthesiser from the OS packages, used without ElevenLabs or when it fails. */
    interface Espeak {
      @WithDefault("espeak-ng")
      String command();

      @WithDefault("en-us")
      String voice();

      @WithDefault("20s")
      Duration timeout();
    }
  }
}
