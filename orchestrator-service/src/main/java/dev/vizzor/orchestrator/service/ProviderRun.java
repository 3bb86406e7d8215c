package dev.vizzor.orchestrator.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import dev.vizzor.common.calls.ServiceCall;
import dev.vizzor.orchestrator.domain.ChatEvent;
import dev.vizzor.orchestrator.domain.ToolCall;
import dev.vizzor.orchestrator.domain.Usage;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One provider answering one message: model turns and tool rounds until the model answers in text
 * (after {@code maxToolRounds} it is asked without tools, so it must). Tokens go to the client as
 * they come; a provider silent for longer than the token timeout has failed. It reports how it
 * ended to {@code ended}: finished, or failed with whether a token had reached the client.
 */
final class ProviderRun {
  /** How a run ended; {@code failure} null when it finished. */
  record Outcome(Throwable failure, boolean tokensSent) {}

  private final ChatProvider provider;
  private final List<ChatMessage> messages;
  private final List<ToolSpecification> specifications;
  private final Tools tools;
  private final ServiceCall call;
  private final MultiEmitter<? super ChatEvent> emitter;
  private final int maxToolRounds;
  private final Duration tokenTimeout;
  private final Consumer<Outcome> ended;
  private final ObjectMapper json;

  private final StringBuilder text = new StringBuilder();
  private final List<ToolCall> toolCalls = new ArrayList<>();
  private final AtomicBoolean over = new AtomicBoolean();
  private volatile boolean started;
  private final AtomicBoolean checkPending = new AtomicBoolean();
  private volatile boolean watching;
  private volatile long lastSign;
  private Usage usage = Usage.NONE;

  ProviderRun(
      ChatProvider provider,
      List<ChatMessage> messages,
      List<ToolSpecification> specifications,
      Tools tools,
      ServiceCall call,
      MultiEmitter<? super ChatEvent> emitter,
      int maxToolRounds,
      Duration tokenTimeout,
      ObjectMapper json,
      Consumer<Outcome> ended) {
    this.provider = provider;
    this.messages = new ArrayList<>(messages);
    this.specifications = specifications;
    this.tools = tools;
    this.call = call;
    this.emitter = emitter;
    this.maxToolRounds = maxToolRounds;
    this.tokenTimeout = tokenTimeout;
    this.json = json;
    this.ended = ended;
  }

  void start() {
    turn(0);
  }

  private void turn(int round) {
    ChatRequest request =
        ChatRequest.builder()
            .messages(messages)
            .toolSpecifications(round < maxToolRounds ? specifications : List.of())
            .build();
    armWatchdog();
    try {
      provider.client().chat(request, new Handler(round));
    } catch (RuntimeException refused) {
      fail(refused);
    }
  }

  private final class Handler implements StreamingChatResponseHandler {
    private final int round;

    Handler(int round) {
      this.round = round;
    }

    @Override
    public void onPartialResponse(String token) {
      if (over.get() || emitter.isCancelled() || token == null || token.isEmpty()) {
        return;
      }
      armWatchdog();
      announce();
      text.append(token);
      emitter.emit(new ChatEvent.Token(token));
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
      if (over.get()) {
        return;
      }
      disarmWatchdog();
      usage = usage.plus(usageOf(response.tokenUsage()));
      AiMessage ai = response.aiMessage();
      if (ai.hasToolExecutionRequests() && round < maxToolRounds) {
        messages.add(ai);
        runTools(ai.toolExecutionRequests(), round);
        return;
      }
      String answer = !text.isEmpty() || ai.text() == null ? text.toString() : ai.text();
      if (!started) {
        announce();
        if (!answer.isEmpty()) {
          emitter.emit(new ChatEvent.Token(answer));
        }
      }
      if (over.compareAndSet(false, true)) {
        emitter.emit(
            new ChatEvent.Finished(
                answer, List.copyOf(toolCalls), usage, provider.name(), provider.model()));
        ended.accept(new Outcome(null, true));
      }
    }

    @Override
    public void onError(Throwable error) {
      fail(error);
    }
  }

  private void runTools(List<ToolExecutionRequest> requests, int round) {
    Multi.createFrom()
        .iterable(requests)
        .onItem()
        .transformToUniAndConcatenate(request -> tools.run(request, call))
        .collect()
        .asList()
        .subscribe()
        .with(
            ran -> {
              if (over.get() || emitter.isCancelled()) {
                return;
              }
              for (int i = 0; i < ran.size(); i++) {
                ToolCall done = ran.get(i);
                toolCalls.add(done);
                emitter.emit(new ChatEvent.ToolRan(done));
                messages.add(ToolExecutionResultMessage.from(requests.get(i), resultText(done)));
              }
              turn(round + 1);
            },
            this::fail);
  }

  private String resultText(ToolCall done) {
    return done.failed()
        ? json.createObjectNode().put("error", done.error()).toString()
        : done.result().toString();
  }

  private void announce() {
    if (!started) {
      started = true;
      emitter.emit(new ChatEvent.Started(provider.name(), provider.model()));
    }
  }

  private void fail(Throwable error) {
    disarmWatchdog();
    if (over.compareAndSet(false, true)) {
      ended.accept(new Outcome(error, started));
    }
  }

  /**
   * Notes a sign of life and makes sure a check is pending. One check per run at a time, moved on
   * when it finds the provider spoke since, rather than a task per token (a cancelled task stays in
   * the scheduler's queue until its time, so one per token would pile up a long answer's worth).
   */
  private void armWatchdog() {
    lastSign = System.nanoTime();
    watching = true;
    if (checkPending.compareAndSet(false, true)) {
      checkAfter(tokenTimeout.toNanos());
    }
  }

  /**
   * Schedules the next check in whole milliseconds, rounded up. Quarkus's worker-pool scheduler is
   * a Vert.x timer: it truncates to milliseconds (a check fired early) and refuses a delay under
   * one (the early check's sub-millisecond remainder threw, leaving the run unwatched).
   */
  private void checkAfter(long nanos) {
    long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999));
    Infrastructure.getDefaultWorkerPool()
        .schedule(this::checkSilence, millis, TimeUnit.MILLISECONDS);
  }

  private void checkSilence() {
    checkPending.set(false);
    if (!watching || over.get()) {
      return;
    }
    long silent = System.nanoTime() - lastSign;
    if (silent >= tokenTimeout.toNanos()) {
      fail(new TimeoutException("no token for " + tokenTimeout.toSeconds() + " s"));
    } else if (checkPending.compareAndSet(false, true)) {
      checkAfter(tokenTimeout.toNanos() - silent);
    }
  }

  /** While tools run the provider owes nothing; the pending check then passes without a word. */
  private void disarmWatchdog() {
    watching = false;
  }

  private static Usage usageOf(TokenUsage usage) {
    if (usage == null) {
      return Usage.NONE;
    }
    return new Usage(
        usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
        usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
  }
}
