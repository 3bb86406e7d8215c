package dev.vizzor.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code vizzor account tier <id> <tier>} against a stub serving the admin API contract. */
class AccountTierCommandTest extends AdminCommandTestBase {

  @Test
  void putsTheNewTier() {
    stubFor(
        put("/admin/accounts/" + ACCOUNT + "/tier")
            .willReturn(okJson("{\"id\":\"" + ACCOUNT + "\",\"tier\":\"enterprise\"}")));

    AdminCli.Result result = cli.run("account", "tier", ACCOUNT, "enterprise", "--admin-url", url);

    assertEquals(0, result.exitCode(), result.err());
    verify(
        putRequestedFor(urlEqualTo("/admin/accounts/" + ACCOUNT + "/tier"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(equalToJson("{\"tier\":\"enterprise\"}")));
    assertEquals("Account " + ACCOUNT + " is now on tier enterprise.\n", result.out());
  }

  @Test
  void unknownTierFailsBeforeAnyRequest() {
    AdminCli.Result result = cli.run("account", "tier", ACCOUNT, "platinum", "--admin-url", url);
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("unknown tier 'platinum'"), result.err());
    verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void unknownAccountIsNotFound() {
    stubFor(
        put("/admin/accounts/" + ACCOUNT + "/tier")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(
                        "{\"error\":{\"code\":\"not_found\",\"message\":\"no account "
                            + ACCOUNT
                            + "\"}}")));

    AdminCli.Result result = cli.run("account", "tier", ACCOUNT, "pro", "--admin-url", url);

    assertEquals(3, result.exitCode());
    assertEquals("", result.out());
    assertEquals(
        "Error: not_found (HTTP 404 from " + url + "): no account " + ACCOUNT + "\n", result.err());
  }

  @Test
  void gatewayValidationErrorsArePassedOn() {
    stubFor(
        put("/admin/accounts/not-a-uuid/tier")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":{\"code\":\"invalid_request\",\"message\":\"bad account id\"}}")));

    AdminCli.Result result = cli.run("account", "tier", "not-a-uuid", "pro", "--admin-url", url);

    assertEquals(3, result.exitCode());
    assertTrue(
        result
            .err()
            .startsWith("Error: invalid_request (HTTP 400 from " + url + "): bad account id"),
        result.err());
  }

  @Test
  void missingTierIsAUsageError() {
    AdminCli.Result result = cli.run("account", "tier", ACCOUNT, "--admin-url", url);
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("Missing required parameter: '<tier>'"), result.err());
    verify(0, anyRequestedFor(anyUrl()));
  }
}
