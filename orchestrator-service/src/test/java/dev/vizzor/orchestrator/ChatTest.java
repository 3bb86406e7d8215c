package dev.vizzor.orchestrator;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.vizzor.common.identity.InternalClaims;
import dev.vizzor.testsupport.InternalTokenFixture;
import dev.vizzor.testsupport.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Both chats answered by the local analyst over the stubbed services: frames and fields as seeds
 * 000 and 002 write them, every number of an answer traced to a tool result, conversations kept per
 * account, and credits that equal a recount of the ledger.
 */
@QuarkusTest
@TestProfile(ChatProfile.class)
class ChatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** application.properties: what a pro account starts with. */
  private static final long PRO_GRANT = 2000;

  TestDatabase database;

  private static String token(UUID account) {
    return InternalTokenFixture.token().claim("sub", account.toString()).signed();
  }

  private static Response post(UUID account, String path, String body) {
    return given()
        .auth()
        .oauth2(token(account))
        .contentType("application/json")
        .body(body)
        .post(path);
  }

  @Test
  void vizzorChatStreamsToolCallsTokensAndTheWholeAnswer() throws Exception {
    UUID account = UUID.randomUUID();
    Response response =
        post(
            account,
            "/v1/chat",
            "{\"message\":\"What is the price of BTC and its 1h prediction?\"}");
    assertEquals(200, response.statusCode(), response.asString());
    assertTrue(response.contentType().startsWith("text/event-stream"), response.contentType());
    List<Sse> events = Sse.parse(response.asString());

    assertEquals("conversation", events.get(0).name(), "the conversation id comes first");
    JsonNode opening = JSON.readTree(events.get(0).data());
    Sse last = events.get(events.size() - 1);
    assertEquals("done", last.name());
    JsonNode done = JSON.readTree(last.data());
    assertEquals(opening.get("conversationId"), done.get("conversationId"));
    assertEquals(opening.get("messageId"), done.get("messageId"));

    List<JsonNode> toolCalls = new ArrayList<>();
    StringBuilder streamed = new StringBuilder();
    for (Sse event : events.subList(1, events.size() - 1)) {
      switch (event.name()) {
        case "tool_call" -> toolCalls.add(JSON.readTree(event.data()));
        case "token" -> streamed.append(JSON.readTree(event.data()).get("text").asText());
        default -> throw new AssertionError("unexpected frame " + event);
      }
    }
    assertEquals(
        List.of("get_price", "get_prediction"),
        toolCalls.stream().map(c -> c.get("name").asText()).toList());
    assertEquals(
        JSON.readTree(ServicesStub.sample("price-BTC.json")),
        toolCalls.get(0).get("result"),
        "the tool result is market-service's answer as it gave it");
    assertEquals(streamed.toString(), done.get("text").asText(), "done carries the streamed text");
    assertTrue(done.get("text").asText().contains("BTC is at 16541.78 USDT"), done.toString());
    assertTrue(done.get("text").asText().contains("source: replay"), done.toString());
    assertEquals(List.of(), TracedNumbers.untraced(done.get("text").asText(), results(toolCalls)));
    assertEquals("local", done.get("provider").asText());
    assertEquals(toolCalls.size(), done.get("toolCalls").size());

    JsonNode usage = done.get("usage");
    assertEquals(
        usage.get("inputTokens").asLong() + usage.get("outputTokens").asLong(),
        usage.get("totalTokens").asLong());
    assertEquals(
        Math.max(1, (usage.get("totalTokens").asLong() + 99) / 100),
        done.get("creditsCharged").asLong(),
        "one credit per started 100 tokens");
    assertEquals(
        PRO_GRANT - done.get("creditsCharged").asLong(), done.get("creditsRemaining").asLong());
    assertLedgerAddsUp(account, done.get("creditsRemaining").asLong());
  }

  @Test
  void conversationsAreKeptPerAccountAndThreadsContinueThem() throws Exception {
    UUID owner = UUID.randomUUID();
    JsonNode first = done(post(owner, "/v1/chat", "{\"message\":\"Fear and greed?\"}"));
    String id = first.get("conversationId").asText();
    JsonNode second =
        done(
            post(
                owner,
                "/v1/chat/thread",
                "{\"conversationId\":\"" + id + "\",\"message\":\"What is trending?\"}"));
    assertEquals(id, second.get("conversationId").asText());

    JsonNode read =
        JSON.readTree(
            given()
                .auth()
                .oauth2(token(owner))
                .get("/v1/conversations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertEquals(
        List.of("user", "assistant", "user", "assistant"),
        stream(read.get("messages")).map(m -> m.get("role").asText()).toList(),
        "oldest first");
    assertEquals(first.get("text"), read.get("messages").get(1).get("content"));
    assertEquals(
        "get_fear_greed", read.get("messages").get(1).get("toolCalls").get(0).get("name").asText());

    JsonNode page =
        JSON.readTree(
            given()
                .auth()
                .oauth2(token(owner))
                .get("/v1/conversations")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertEquals(1, page.get("items").size());
    assertEquals(id, page.get("items").get(0).get("id").asText());

    UUID stranger = UUID.randomUUID();
    given().auth().oauth2(token(stranger)).get("/v1/conversations/" + id).then().statusCode(404);
    Response foreign =
        post(stranger, "/v1/chat/thread", "{\"conversationId\":\"" + id + "\",\"message\":\"hi\"}");
    assertEquals(404, foreign.statusCode(), foreign.asString());
    assertEquals("not_found", JSON.readTree(foreign.asString()).get("error").get("code").asText());
    assertEquals(
        0, database.count("select count(*) from credit_ledger where account_id = ?", stranger));
    given().auth().oauth2(token(stranger)).get("/v1/conversations").then().statusCode(200);
  }

  @Test
  void zmartyChatAnswersJsonAndStreamsDataFrames() throws Exception {
    UUID account = UUID.randomUUID();
    String ask =
        "{\"message\":\"What's the signal for BTC?\",\"mode\":\"text\",\"stream\":%s,"
            + "\"context\":{\"include_signals\":true,\"include_win_rates\":true,\"symbols\":[\"BTC/USDT\"]}}";
    Response plain = post(account, "/chat", ask.formatted("false"));
    assertEquals(200, plain.statusCode(), plain.asString());
    JsonNode answer = JSON.readTree(plain.asString());
    assertEquals("local", answer.get("provider").asText());
    assertTrue(
        answer
            .get("text")
            .asText()
            .contains(
                "The current signal for BTC/USDT on 1h (momentum {\"period\":14}) is LONG with a score of 0.85"),
        answer.get("text").asText());
    assertEquals(
        List.of(),
        TracedNumbers.untraced(
            answer.get("text").asText(),
            List.of(JSON.readTree(ServicesStub.sample("signals-BTC.json")))));
    JsonNode usage = answer.get("usage");
    assertEquals(
        usage.get("input_tokens").asLong() + usage.get("output_tokens").asLong(),
        usage.get("total_tokens").asLong());
    long charged = answer.get("credits_charged").asLong();
    assertEquals(Math.max(1, (usage.get("total_tokens").asLong() + 99) / 100), charged);
    assertEquals(PRO_GRANT - charged, answer.get("credits_remaining").asLong());
    assertTrue(answer.get("metadata").has("latency_ms"));
    assertEquals("vizzor-local-analyst-1", answer.get("metadata").get("model_version").asText());
    assertTrue(!answer.has("audio_url"), "audio only for voice");

    Response streamed = post(account, "/chat", ask.formatted("true"));
    assertEquals(200, streamed.statusCode(), streamed.asString());
    List<JsonNode> frames = new ArrayList<>();
    for (Sse event : Sse.parse(streamed.asString())) {
      frames.add(JSON.readTree(event.data()));
    }
    assertEquals("start", frames.get(0).get("type").asText());
    assertEquals("local", frames.get(0).get("provider").asText());
    JsonNode end = frames.get(frames.size() - 1);
    assertEquals("done", end.get("type").asText());
    String text =
        frames.subList(1, frames.size() - 1).stream()
            .peek(f -> assertEquals("token", f.get("type").asText()))
            .map(f -> f.get("content").asText())
            .collect(Collectors.joining());
    assertEquals(answer.get("text").asText(), text, "the same question, the same answer");
    assertEquals(
        PRO_GRANT - charged - end.get("credits_charged").asLong(),
        end.get("credits_remaining").asLong());
    assertLedgerAddsUp(account, end.get("credits_remaining").asLong());
  }

  @Test
  void zmartyContextWithoutSymbolsReadsTheSignalsOfTheCallersWatchers() throws Exception {
    UUID account = UUID.randomUUID();
    String user = UUID.randomUUID().toString();
    String jwt =
        InternalTokenFixture.token()
            .claim("sub", account.toString())
            .claim(InternalClaims.CREDENTIAL, "jwt")
            .without(InternalClaims.KEY_ID)
            .claim(InternalClaims.SUPABASE_USER, user)
            .signed();
    String ask =
        "{\"message\":\"What's the signal for BTC?\",\"context\":{\"include_signals\":true}}";
    Response answered =
        given().auth().oauth2(jwt).contentType("application/json").body(ask).post("/chat");
    assertEquals(200, answered.statusCode(), answered.asString());
    assertTrue(
        JSON.readTree(answered.asString())
            .get("text")
            .asText()
            .contains("The current signal for BTC/USDT"));
    ServicesStub.server()
        .verify(
            getRequestedFor(urlPathEqualTo("/internal/pipeline/signals"))
                .withQueryParam("userId", equalTo(user))
                .withHeader("Authorization", matching("Bearer .+")));

    // an API key names no Supabase user: no watchers to read
    int before =
        ServicesStub.server()
            .findAll(
                getRequestedFor(urlPathEqualTo("/internal/pipeline/signals"))
                    .withQueryParam("userId", matching(".+")))
            .size();
    post(UUID.randomUUID(), "/chat", ask).then().statusCode(200);
    assertEquals(
        before,
        ServicesStub.server()
            .findAll(
                getRequestedFor(urlPathEqualTo("/internal/pipeline/signals"))
                    .withQueryParam("userId", matching(".+")))
            .size());
  }

  @Test
  void aMessageOverTheTiersTokensIsRefusedAndCostsNothing() throws Exception {
    UUID account = UUID.randomUUID();
    String longMessage = "bitcoin price ".repeat(600);
    Encoding cl100k = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
    int tokens = cl100k.countTokensOrdinary(longMessage);
    assertTrue(tokens > 1024, "the message is over the free tier's 1024 tokens");
    String free =
        InternalTokenFixture.token()
            .claim("sub", account.toString())
            .claim(InternalClaims.TIER, "free")
            .claim(InternalClaims.MAX_TOKENS, 1024)
            .signed();
    Response refused =
        given()
            .auth()
            .oauth2(free)
            .contentType("application/json")
            .body(JSON.createObjectNode().put("message", longMessage).toString())
            .post("/chat");
    assertEquals(400, refused.statusCode(), refused.asString());
    JsonNode body = JSON.readTree(refused.asString());
    assertEquals("message_too_long", body.get("error").asText());
    assertEquals(1024, body.get("max_tokens").asInt());
    assertEquals(tokens, body.get("tokens").asInt());
    Response vizzor =
        given()
            .auth()
            .oauth2(free)
            .contentType("application/json")
            .body(JSON.createObjectNode().put("message", longMessage).toString())
            .post("/v1/chat");
    assertEquals(400, vizzor.statusCode(), vizzor.asString());
    assertEquals(
        "message_too_long", JSON.readTree(vizzor.asString()).get("error").get("code").asText());
    assertEquals(
        0, database.count("select count(*) from credit_ledger where account_id = ?", account));
    assertEquals(
        0, database.count("select count(*) from conversations where account_id = ?", account));
  }

  @Test
  void onlyAnOperatorTopsUpAndTheLedgerKeepsCount() throws Exception {
    UUID account = UUID.randomUUID();
    String operator =
        InternalTokenFixture.token()
            .claim("sub", account.toString())
            .claim(InternalClaims.CREDENTIAL, "operator")
            .without(InternalClaims.KEY_ID)
            .signed();
    Response added =
        given()
            .auth()
            .oauth2(operator)
            .contentType("application/json")
            .body("{\"amount\":500,\"note\":\"support ticket 42\"}")
            .post("/operator/credits");
    assertEquals(200, added.statusCode(), added.asString());
    assertEquals(PRO_GRANT + 500, JSON.readTree(added.asString()).get("balance").asLong());
    assertLedgerAddsUp(account, PRO_GRANT + 500);
    assertEquals(
        1,
        database.count(
            "select count(*) from credit_ledger where account_id = ? and kind = 'top_up'"
                + " and amount = 500 and note = 'support ticket 42'",
            account));

    Response user =
        given()
            .auth()
            .oauth2(token(account))
            .contentType("application/json")
            .body("{\"amount\":500}")
            .post("/operator/credits");
    assertEquals(403, user.statusCode(), user.asString());
    given()
        .auth()
        .oauth2(operator)
        .contentType("application/json")
        .body("{\"amount\":0}")
        .post("/operator/credits")
        .then()
        .statusCode(400);
    assertLedgerAddsUp(account, PRO_GRANT + 500);
  }

  @Test
  void healthzNeedsNoCredentialAndReportsTheSeedsShape() throws Exception {
    Response response = given().get("/healthz");
    assertEquals(200, response.statusCode(), response.asString());
    JsonNode health = JSON.readTree(response.asString());
    assertEquals("healthy", health.get("status").asText());
    assertTrue(health.get("uptime_seconds").asLong() >= 0);
    assertTrue(health.get("timestamp").asText().endsWith("Z"));
    List<String> names = new ArrayList<>();
    health.get("services").fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("supabase_a", "supabase_b", "local"), names);
    health
        .get("services")
        .forEach(s -> assertEquals("ok", s.get("status").asText(), health.toString()));
    assertTrue(health.get("services").get("supabase_a").has("latency_ms"));
    assertEquals(
        List.of("status", "latency_ms"),
        fieldNames(health.get("services").get("supabase_a")),
        "seed 002's fields, no more");
    JsonNode queues = health.get("queues");
    JsonNode sample = JSON.readTree(ServicesStub.sample("queues.json"));
    for (String queue : List.of("ingest_indicators", "compute_signals", "compute_winrate")) {
      assertEquals(sample.get(queue).get("depth"), queues.get(queue).get("depth"), queue);
      assertEquals(sample.get(queue).get("processing"), queues.get(queue).get("processing"), queue);
    }
  }

  private void assertLedgerAddsUp(UUID account, long reported) {
    assertEquals(
        reported,
        database.count("select balance from credit_balances where account_id = ?", account),
        "the stored balance is what the answer said");
    assertEquals(
        reported,
        database.count(
            "select coalesce(sum(amount), 0) from credit_ledger where account_id = ?", account),
        "the ledger's rows add up to the balance");
  }

  private static JsonNode done(Response response) throws Exception {
    assertEquals(200, response.statusCode(), response.asString());
    List<Sse> events = Sse.parse(response.asString());
    Sse last = events.get(events.size() - 1);
    assertEquals("done", last.name(), response.asString());
    return JSON.readTree(last.data());
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<JsonNode> results(List<JsonNode> toolCalls) {
    return toolCalls.stream().map(c -> c.get("result")).toList();
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items.stream();
  }
}
