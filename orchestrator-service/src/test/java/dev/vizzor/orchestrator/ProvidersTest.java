package dev.vizzor.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.vizzor.orchestrator.service.ChatService;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.TestDatabase;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real provider clients (langchain4j's OpenAI and Anthropic) against their streaming formats: a
 * tool call and its answer, falling back only before the first token, the cool-down every replica
 * reads from Redis, 503 with a refund when none can answer, and credits under 50 concurrent
 * messages.
 */
@QuarkusTest
@TestProfile(ProvidersProfile.class)
class ProvidersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OPENAI = "/openai/v1/chat/completions";
  private static final String ANTHROPIC = "/anthropic/v1/messages";
  private static final String GPT_COOLING = "vizzor:llm:cooldown:gpt";
  private static final String CLAUDE_COOLING = "vizzor:llm:cooldown:claude";

  /** application.properties: what a pro account starts with. */
  private static final long PRO_GRANT = 2000;

  WireMockServer providers;
  TestDatabase database;
  @Inject RedisDataSource redis;

  @BeforeEach
  @AfterEach
  void noProviderCoolsDown() {
    providers.resetAll();
    redis.key().del(GPT_COOLING, CLAUDE_COOLING);
  }

  @Test
  void gptCallsAToolAndAnswersFromItsResult() throws Exception {
    providers.stubFor(
        openAi()
            .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
            .atPriority(1)
            .willReturn(stream("openai-answer.sse")));
    providers.stubFor(openAi().atPriority(2).willReturn(stream("openai-tool-call.sse")));
    UUID account = UUID.randomUUID();
    Response response = chat(account, "/v1/chat", "{\"message\":\"What does BTC cost?\"}");
    assertEquals(200, response.statusCode(), response.asString());
    List<Sse> events = Sse.parse(response.asString());

    JsonNode toolCall = JSON.readTree(events.get(1).data());
    assertEquals("tool_call", events.get(1).name());
    assertEquals("call_8fJ2kQ", toolCall.get("id").asText());
    assertEquals("get_price", toolCall.get("name").asText());
    assertEquals("BTC", toolCall.get("arguments").get("symbol").asText(), "arguments joined");
    assertEquals(JSON.readTree(ServicesStub.sample("price-BTC.json")), toolCall.get("result"));
    StringBuilder text = new StringBuilder();
    events.stream()
        .filter(e -> "token".equals(e.name()))
        .forEach(e -> text.append(read(e.data()).get("text").asText()));
    assertEquals("BTC is at 16541.78 USDT (source: replay).", text.toString());

    JsonNode done = JSON.readTree(events.get(events.size() - 1).data());
    assertEquals("gpt", done.get("provider").asText());
    assertEquals("gpt-4o-mini", done.get("model").asText());
    assertEquals(412 + 655, done.get("usage").get("inputTokens").asLong(), "both turns' input");
    assertEquals(17 + 12, done.get("usage").get("outputTokens").asLong());
    assertEquals((412 + 655 + 17 + 12 + 99) / 100, done.get("creditsCharged").asLong());
    assertEquals(
        PRO_GRANT - done.get("creditsCharged").asLong(), done.get("creditsRemaining").asLong());

    providers.verify(
        2,
        postRequestedFor(urlPathEqualTo(OPENAI))
            .withHeader("Authorization", equalTo("Bearer " + ProvidersStub.OPENAI_KEY)));
    providers.verify(
        postRequestedFor(urlPathEqualTo(OPENAI))
            .withRequestBody(matchingJsonPath("$.messages[?(@.tool_call_id == 'call_8fJ2kQ')]"))
            .withRequestBody(containing("16541.78306725")));
    providers.verify(
        postRequestedFor(urlPathEqualTo(OPENAI))
            .withRequestBody(matchingJsonPath("$.tools[?(@.function.name == 'get_prediction')]")));
    String createAgent = "$.tools[?(@.function.name == 'create_agent')].function.parameters";
    providers.verify(
        postRequestedFor(urlPathEqualTo(OPENAI))
            .withRequestBody(
                matchingJsonPath(
                    createAgent + ".properties.strategy.properties.type.enum",
                    equalToJson(
                        "[[\"momentum\",\"breakout\",\"mean_reversion\",\"trend\","
                            + "\"chronovisor\"]]")))
            .withRequestBody(
                matchingJsonPath(
                    createAgent + ".required",
                    equalToJson(
                        "[[\"name\",\"strategy\",\"symbols\",\"interval\",\"capital\"]]"))));
    for (String security : List.of("scan_token", "audit_contract")) {
      providers.verify(
          postRequestedFor(urlPathEqualTo(OPENAI))
              .withRequestBody(
                  matchingJsonPath("$.tools[?(@.function.name == '" + security + "')]")));
    }
    providers.verify(
        postRequestedFor(urlPathEqualTo(OPENAI))
            .withRequestBody(
                matchingJsonPath(
                    "$.tools[?(@.function.name == 'track_wallet')].function.parameters.required",
                    equalToJson("[[\"chain\",\"address\"]]"))));
  }

  @Test
  void gptSetsAPriceAlertThroughNotificationService() throws Exception {
    providers.stubFor(
        openAi()
            .withRequestBody(matchingJsonPath("$.messages[?(@.role == 'tool')]"))
            .atPriority(1)
            .willReturn(stream("openai-answer.sse")));
    providers.stubFor(openAi().atPriority(2).willReturn(stream("openai-set-alert.sse")));
    UUID account = UUID.randomUUID();
    Response response =
        chat(account, "/v1/chat", "{\"message\":\"Tell me when BTC is above 16000\"}");
    assertEquals(200, response.statusCode(), response.asString());
    JsonNode toolCall =
        Sse.parse(response.asString()).stream()
            .filter(e -> "tool_call".equals(e.name()))
            .map(e -> read(e.data()))
            .findFirst()
            .orElseThrow();
    assertEquals("set_price_alert", toolCall.get("name").asText());
    assertEquals(
        JSON.readTree(ServicesStub.sample("rule-created-BTC.json")), toolCall.get("result"));
    ServicesStub.server()
        .verify(
            postRequestedFor(urlPathEqualTo("/v1/notifications/rules"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(
                    equalToJson(
                        "{\"type\":\"price_above\",\"symbol\":\"BTC\",\"threshold\":16000,"
                            + "\"recurring\":false}")));
  }

  @Test
  void aProviderFailingBeforeItsFirstTokenCoolsDownAndTheNextOneAnswers() throws Exception {
    providers.stubFor(openAi().willReturn(openAiOutage()));
    providers.stubFor(anthropic().willReturn(stream("anthropic-answer.sse")));
    UUID account = UUID.randomUUID();
    JsonNode answer =
        JSON.readTree(chat(account, "/chat", "{\"message\":\"BTC?\",\"stream\":false}").asString());
    assertEquals("claude", answer.get("provider").asText(), answer.toString());
    assertEquals("Bitcoin trades at 16541.78 USDT on the replay.", answer.get("text").asText());
    assertEquals(503, answer.get("usage").get("input_tokens").asLong());
    assertEquals(14, answer.get("usage").get("output_tokens").asLong());
    providers.verify(
        postRequestedFor(urlPathEqualTo(ANTHROPIC))
            .withHeader("x-api-key", equalTo(ProvidersStub.ANTHROPIC_KEY)));

    long ttl = redis.key().pttl(GPT_COOLING);
    assertTrue(ttl > 0 && ttl <= 30_000, "gpt cools down for every replica, 30 s: " + ttl);
    assertTrue(!redis.key().exists(CLAUDE_COOLING), "the one that answered does not");
    int gptCalls = providers.findAll(postRequestedFor(urlPathEqualTo(OPENAI))).size();
    JsonNode again =
        JSON.readTree(chat(account, "/chat", "{\"message\":\"BTC?\",\"stream\":false}").asString());
    assertEquals("claude", again.get("provider").asText());
    assertEquals(
        gptCalls,
        providers.findAll(postRequestedFor(urlPathEqualTo(OPENAI))).size(),
        "gpt is skipped while cooling down");
  }

  @Test
  void aProviderFailingAfterItsFirstTokenEndsTheAnswerWithoutFallingBack() throws Exception {
    // WireMock sends a body in equal chunks, waiting 2 s before each: the first (the role and one
    // token) at 2 s, blank lines at 4, 6 and 8 s, the rest at 10 s; the 5 s allowed between
    // tokens run out at 7 s, after the first token reached the client (3 s of margin either way)
    String answer = resource("openai-answer.sse");
    int firstToken = answer.indexOf("\n\n", answer.indexOf("\"content\":\"BTC\"")) + 2;
    String head = answer.substring(0, firstToken);
    String tail = answer.substring(firstToken);
    int chunk = Math.max(head.length(), tail.length());
    String body = pad(head, chunk) + "\n".repeat(3 * chunk) + pad(tail, chunk);
    providers.stubFor(
        openAi()
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(body)
                    .withChunkedDribbleDelay(5, 10000)));
    providers.stubFor(anthropic().willReturn(stream("anthropic-answer.sse")));
    UUID account = UUID.randomUUID();
    Response response = chat(account, "/chat", "{\"message\":\"BTC?\",\"stream\":true}");
    assertEquals(200, response.statusCode());
    List<JsonNode> frames = new ArrayList<>();
    Sse.parse(response.asString()).forEach(e -> frames.add(read(e.data())));
    assertEquals("start", frames.get(0).get("type").asText());
    assertEquals("gpt", frames.get(0).get("provider").asText());
    assertEquals("BTC", frames.get(1).get("content").asText());
    JsonNode last = frames.get(frames.size() - 1);
    assertEquals("error", last.get("type").asText(), frames.toString());
    assertEquals("all_providers_failed", last.get("error").asText());
    assertEquals(
        0,
        providers.findAll(postRequestedFor(urlPathEqualTo(ANTHROPIC))).size(),
        "never a second model in one answer");
    assertLedgerAddsUpTo(account, PRO_GRANT, "refunded");
  }

  @Test
  void noProviderLeftIs503AndCostsNothing() throws Exception {
    providers.stubFor(openAi().willReturn(openAiOutage()));
    providers.stubFor(
        anthropic()
            .willReturn(
                aResponse()
                    .withStatus(529)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}")));
    UUID account = UUID.randomUUID();
    for (String stream : List.of("false", "true")) {
      Response refused = chat(account, "/chat", "{\"message\":\"BTC?\",\"stream\":" + stream + "}");
      assertEquals(503, refused.statusCode(), refused.asString());
      assertEquals("all_providers_failed", JSON.readTree(refused.asString()).get("error").asText());
    }
    assertLedgerAddsUpTo(account, PRO_GRANT, "every hold refunded");
  }

  @Test
  void fiftyConcurrentMessagesAtAnAccountThatCanAffordTenAnswerExactlyTen() throws Exception {
    providers.stubFor(openAi().willReturn(stream("openai-answer.sse").withFixedDelay(2000)));
    String message = "Give me a short market note.";
    Encoding cl100k = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
    long hold =
        (cl100k.countTokensOrdinary(ChatService.SYSTEM)
                + cl100k.countTokensOrdinary(message)
                + 1024
                + 99)
            / 100;
    UUID account = UUID.randomUUID();
    database.execute("insert into credit_balances values ('" + account + "', " + 10 * hold + ")");
    database.execute(
        "insert into credit_ledger (account_id, kind, amount, note) values ('"
            + account
            + "', 'grant', "
            + 10 * hold
            + ", 'test')");

    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<Response>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        sent.add(pool.submit(() -> chat(account, "/chat", "{\"message\":\"" + message + "\"}")));
      }
      List<JsonNode> answered = new ArrayList<>();
      List<JsonNode> refused = new ArrayList<>();
      for (Future<Response> f : sent) {
        Response r = f.get();
        (r.statusCode() == 200 ? answered : refused).add(JSON.readTree(r.asString()));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 402, r.asString());
      }
      assertEquals(10, answered.size());
      assertEquals(40, refused.size());
      for (JsonNode r : refused) {
        assertEquals("insufficient_credits", r.get("error").asText());
        assertEquals(0, r.get("balance").asLong(), "ten holds took it all");
        assertEquals(hold, r.get("required").asLong());
      }
      long charged = answered.stream().mapToLong(a -> a.get("credits_charged").asLong()).sum();
      assertEquals(10 * ((655 + 12 + 99) / 100), charged, "each charged its usage's price");
      assertLedgerAddsUpTo(account, 10 * hold - charged, "what was granted less what was charged");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void healthzProbesEachProviderAtMostOnceAMinuteAndIsUnhealthyWithNoneLeft() throws Exception {
    providers.stubFor(
        get(urlPathEqualTo("/openai/v1/models"))
            .willReturn(aResponse().withStatus(200).withBody("{\"object\":\"list\",\"data\":[]}")));
    providers.stubFor(
        get(urlPathEqualTo("/anthropic/v1/models")).willReturn(aResponse().withStatus(500)));
    JsonNode first =
        JSON.readTree(given().get("/healthz").then().statusCode(200).extract().asString());
    assertEquals("degraded", first.get("status").asText(), first.toString());
    assertEquals("ok", first.get("services").get("gpt").get("status").asText());
    assertTrue(first.get("services").get("gpt").has("latency_ms"));
    assertEquals("error", first.get("services").get("claude").get("status").asText());
    assertEquals("http_500", first.get("services").get("claude").get("error").asText());
    providers.verify(
        getRequestedFor(urlPathEqualTo("/openai/v1/models"))
            .withHeader("Authorization", equalTo("Bearer " + ProvidersStub.OPENAI_KEY)));
    providers.verify(
        getRequestedFor(urlPathEqualTo("/anthropic/v1/models"))
            .withHeader("x-api-key", equalTo(ProvidersStub.ANTHROPIC_KEY)));

    given().get("/healthz").then().statusCode(200);
    providers.verify(1, getRequestedFor(urlPathEqualTo("/openai/v1/models")));
    assertEquals(
        0, providers.findAll(postRequestedFor(urlPathEqualTo(OPENAI))).size(), "no paid call");

    redis.value(String.class).set(GPT_COOLING, "test");
    JsonNode none =
        JSON.readTree(given().get("/healthz").then().statusCode(503).extract().asString());
    assertEquals("unhealthy", none.get("status").asText());
    assertEquals("cooling_down", none.get("services").get("gpt").get("error").asText());
  }

  private void assertLedgerAddsUpTo(UUID account, long expected, String why) {
    assertEquals(
        expected,
        database.count("select balance from credit_balances where account_id = ?", account),
        why);
    assertEquals(
        expected,
        database.count(
            "select coalesce(sum(amount), 0) from credit_ledger where account_id = ?", account),
        "the ledger's rows add up to the balance");
  }

  private static Response chat(UUID account, String path, String body) {
    return given()
        .auth()
        .oauth2(InternalTokenFixture.token().claim("sub", account.toString()).signed())
        .contentType("application/json")
        .body(body)
        .post(path);
  }

  private static MappingBuilder openAi() {
    return post(urlPathEqualTo(OPENAI));
  }

  private static MappingBuilder anthropic() {
    return post(urlPathEqualTo(ANTHROPIC));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder stream(
      String name) {
    return aResponse().withHeader("Content-Type", "text/event-stream").withBody(resource(name));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder openAiOutage() {
    return aResponse()
        .withStatus(500)
        .withHeader("Content-Type", "application/json")
        .withBody(
            "{\"error\":{\"message\":\"The server had an error while processing your request.\",\"type\":\"server_error\",\"param\":null,\"code\":null}}");
  }

  private static String resource(String name) {
    return new String(TestFiles.bytes("/llm/" + name), StandardCharsets.UTF_8);
  }

  private static String pad(String text, int length) {
    return text + "\n".repeat(length - text.length());
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
