package dev.vizzor.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each family's envelope and codes, as its seed document writes them. */
class ErrorBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "/api/v1/trends, VELOCITY",
    "/api/v1, VELOCITY",
    "/chat, ZMARTY",
    "/chat/audio/0b9d2c1e-6a5f-4f51-9d1e-3f7c2a1b0c9d, ZMARTY",
    "/healthz, ZMARTY",
    "/functions/v1, ZMARTY",
    "/functions/v1/watchers-upsert, ZMARTY",
    "/functions/v1/other, ZMARTY",
    "/v1/chat, VIZZOR",
    "/api/v10/trends, VIZZOR",
    "/chatter, VIZZOR",
    "/functions/v10, VIZZOR",
    "/, VIZZOR"
  })
  void pathsFallIntoTheFamiliesOfTheDesign(String path, ApiFamily family) {
    assertEquals(family, ApiFamily.ofPath(path));
  }

  @Test
  void vizzorNestsTheErrorAndGivesRetryAfterOnlyWhenRetryable() throws Exception {
    assertEquals(
        "{\"error\":{\"code\":\"rate_limited\",\"message\":\"m\",\"retryAfter\":42}}",
        json(ApiFamily.VIZZOR, ApiError.retryable(Problem.RATE_LIMITED, "m", 42)));
    assertEquals(
        "{\"error\":{\"code\":\"invalid_request\",\"message\":\"m\"}}",
        json(ApiFamily.VIZZOR, ApiError.of(Problem.INVALID_REQUEST, "m").with("field", "x")));
  }

  @Test
  void velocityIsFlatWithItsOwnCodesAndNoExtraFields() throws Exception {
    assertEquals(
        "{\"error\":\"bad_request\",\"message\":\"m\"}",
        json(ApiFamily.VELOCITY, ApiError.of(Problem.INVALID_REQUEST, "m")));
    assertEquals(
        "{\"error\":\"quota_exceeded\",\"message\":\"m\"}",
        json(ApiFamily.VELOCITY, ApiError.retryable(Problem.RATE_LIMITED, "m", 9)));
    assertEquals(
        "{\"error\":\"tier_too_low_for_api_access\",\"message\":\"m\"}",
        json(ApiFamily.VELOCITY, ApiError.of(Problem.TIER_TOO_LOW, "m")));
  }

  @Test
  void zmartyIsFlatWithItsDetailFieldsBeside() throws Exception {
    assertEquals(
        "{\"error\":\"rate_limit_exceeded\",\"message\":\"m\",\"limit\":60,\"retry_after\":45}",
        json(
            ApiFamily.ZMARTY, ApiError.retryable(Problem.RATE_LIMITED, "m", 45).with("limit", 60)));
    assertEquals(
        "{\"error\":\"insufficient_credits\",\"message\":\"m\",\"balance\":2,\"required\":5}",
        json(
            ApiFamily.ZMARTY,
            ApiError.of(Problem.INSUFFICIENT_CREDITS, "m").with("balance", 2).with("required", 5)));
    assertEquals(
        "{\"error\":\"server_error\",\"message\":\"m\"}",
        json(ApiFamily.ZMARTY, ApiError.of(Problem.INTERNAL, "m")));
    assertEquals(
        "{\"error\":\"invalid_token\",\"message\":\"m\"}",
        json(ApiFamily.ZMARTY, ApiError.of(Problem.UNAUTHORIZED, "m")));
  }

  @Test
  void zmartyDocumentsEveryCodeOfItsReference() {
    // seed 002, "Error Codes Reference"
    assertEquals("invalid_token", ApiFamily.ZMARTY.code(Problem.UNAUTHORIZED));
    assertEquals("insufficient_credits", ApiFamily.ZMARTY.code(Problem.INSUFFICIENT_CREDITS));
    assertEquals("rate_limit_exceeded", ApiFamily.ZMARTY.code(Problem.RATE_LIMITED));
    assertEquals("message_too_long", ApiFamily.ZMARTY.code(Problem.MESSAGE_TOO_LONG));
    assertEquals("all_providers_failed", ApiFamily.ZMARTY.code(Problem.ALL_PROVIDERS_FAILED));
    assertEquals("invalid_request", ApiFamily.ZMARTY.code(Problem.INVALID_REQUEST));
    assertEquals("server_error", ApiFamily.ZMARTY.code(Problem.INTERNAL));
  }

  @Test
  void aVizzorBadRequestIsInvalidRequestWhereverItIsRaised() {
    assertEquals("invalid_request", ApiFamily.VIZZOR.code(Problem.INVALID_REQUEST));
    assertEquals("invalid_request", ApiFamily.VIZZOR.code(Problem.ofStatus(400)));
  }

  @Test
  void retryAfterGoesInTheHeaderAndUnauthorizedNamesTheScheme() {
    assertEquals(
        Map.of("Retry-After", "7"),
        ErrorBodies.headers(ApiError.retryable(Problem.SERVICE_UNAVAILABLE, "m", 7)));
    assertEquals(
        Map.of("WWW-Authenticate", "Bearer"),
        ErrorBodies.headers(ApiError.of(Problem.UNAUTHORIZED, "m")));
    assertEquals(Map.of(), ErrorBodies.headers(ApiError.of(Problem.INVALID_SIGNATURE, "m")));
  }

  @Test
  void onlyRetryableProblemsSayWhenToRetry() {
    assertThrows(
        IllegalArgumentException.class, () -> ApiError.retryable(Problem.INVALID_REQUEST, "m", 1));
  }

  private static String json(ApiFamily family, ApiError error) throws Exception {
    return JSON.writeValueAsString(ErrorBodies.body(family, error));
  }
}
