package dev.vizzor.orchestrator.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.ChatMessage;
import dev.vizzor.common.calls.ServiceCall;
import dev.vizzor.orchestrator.config.OrchestratorConfig;
import dev.vizzor.orchestrator.domain.ChatEvent;
import dev.vizzor.orchestrator.domain.ProvidersFailed;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Answers a message with the first provider that can: in the configured order, skipping those
 * cooling down; a provider that fails before its first token reached the client cools down and the
 * next one answers from scratch. Once a token was sent there is no falling back: the answer fails
 * rather than mixing two models. None left: {@link ProvidersFailed}.
 */
@ApplicationScoped
public class ChatEngine {
  private final Providers providers;
  private final CoolDowns coolDowns;
  private final Tools tools;
  private final OrchestratorConfig config;
  private final ObjectMapper json;

  ChatEngine(
      Providers providers,
      CoolDowns coolDowns,
      Tools tools,
      OrchestratorConfig config,
      ObjectMapper json) {
    this.providers = providers;
    this.coolDowns = coolDowns;
    this.tools = tools;
    this.config = config;
    this.json = json;
  }

  /**
   * The providers cooling down now, read once per message (while its credits are held, so the read
   * adds no wait of its own).
   */
  public Uni<Set<String>> coolingNow() {
    return coolDowns.coolingNow(providers.ordered().stream().map(ChatProvider::name).toList());
  }

  /**
   * The answer to the last of {@code messages}, its tools called on behalf of {@code call},
   * skipping the providers {@code cooling} names.
   */
  public Multi<ChatEvent> answer(
      List<ChatMessage> messages, ServiceCall call, Set<String> cooling) {
    return Multi.createFrom()
        .emitter(emitter -> new Attempts(messages, call, cooling, emitter).from(0));
  }

  /** One message's tries, provider after provider, all feeding one emitter. */
  private final class Attempts {
    private final List<ChatMessage> messages;
    private final ServiceCall call;
    private final Set<String> cooling;
    private final MultiEmitter<? super ChatEvent> emitter;

    Attempts(
        List<ChatMessage> messages,
        ServiceCall call,
        Set<String> cooling,
        MultiEmitter<? super ChatEvent> emitter) {
      this.messages = messages;
      this.call = call;
      this.cooling = cooling;
      this.emitter = emitter;
    }

    void from(int index) {
      List<ChatProvider> ordered = providers.ordered();
      if (index >= ordered.size()) {
        emitter.fail(new ProvidersFailed("All LLM providers are currently unavailable", false));
        return;
      }
      ChatProvider provider = ordered.get(index);
      if (cooling.contains(provider.name())) {
        from(index + 1);
      } else {
        run(index, provider);
      }
    }

    private void run(int index, ChatProvider provider) {
      new ProviderRun(
              provider,
              messages,
              tools.specifications(),
              tools,
              call,
              emitter,
              config.maxToolRounds(),
              config.providers().tokenTimeout(),
              json,
              outcome -> ended(index, provider, outcome))
          .start();
    }

    private void ended(int index, ChatProvider provider, ProviderRun.Outcome outcome) {
      if (outcome.failure() == null) {
        emitter.complete();
        return;
      }
      String reason = reason(outcome.failure());
      coolDowns
          .start(provider.name(), reason)
          .subscribe()
          .with(
              ignored -> {
                if (outcome.tokensSent()) {
                  emitter.fail(
                      new ProvidersFailed(provider.name() + " failed mid-answer: " + reason, true));
                } else {
                  from(index + 1);
                }
              });
    }
  }

  private static String reason(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
