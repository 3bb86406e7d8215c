package dev.vizzor.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code vizzor api key create|list|revoke} against a stub serving the admin API contract. */
class ApiKeyCommandsTest extends AdminCommandTestBase {
  private static final String KEY = "vz_3mK9pQx7Lr2TnV8wYc4HbJ6dFs1GaE5uZo0RiWkXyN";

  @Test
  void everyAdminCommandsHelpListsItsExitCodes() {
    for (String[] command :
        List.of(
            new String[] {"api", "key", "create", "--help"},
            new String[] {"api", "key", "list", "--help"},
            new String[] {"api", "key", "revoke", "--help"},
            new String[] {"account", "tier", "--help"})) {
      AdminCli.Result help = cli.run(command);
      assertEquals(0, help.exitCode(), help.err());
      assertTrue(help.out().contains("Exit codes:"), String.join(" ", command));
      for (String code : List.of("0", "2", "3", "4")) {
        assertTrue(
            help.out().matches("(?s).*\\n\\s*" + code + "\\s+\\S.*"),
            String.join(" ", command) + " lists exit code " + code + ":\n" + help.out());
      }
    }
  }

  @Test
  void createPostsTheNameAndPrintsTheKeyOnce() {
    stubFor(
        post("/admin/keys")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"name":"my-app","type":"api","key":"%s","prefix":"vz_3mK9",
                         "accountId":"%s","tier":"pro","createdAt":"2026-11-28T12:00:00.123456Z"}
                        """
                            .formatted(KEY, ACCOUNT))));

    AdminCli.Result result = cli.run("api", "key", "create", "my-app", "--admin-url", url);

    assertEquals(0, result.exitCode(), result.err());
    verify(
        postRequestedFor(urlEqualTo("/admin/keys"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"name":"my-app","type":"api","accountId":null,"tier":null}
                    """)));
    assertEquals(
        """
        Created key "my-app". It is shown once; store it now:

            %s

        name:     my-app
        type:     api  (send as X-API-Key: <key>)
        account:  %s
        tier:     pro
        prefix:   vz_3mK9  (how lists show it)
        created:  2026-11-28T12:00:00Z
        """
            .formatted(KEY, ACCOUNT),
        result.out());
    assertEquals("", result.err());
  }

  @Test
  void createSendsTypeAccountAndTier() {
    stubFor(
        post("/admin/keys")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"name":"velocity-bot","type":"vel","key":"vel_abc","prefix":"vel_ab",
                         "accountId":"%s","tier":"enterprise","createdAt":"2026-11-28T12:00:00Z"}
                        """
                            .formatted(ACCOUNT))));

    AdminCli.Result result =
        cli.run(
            "api",
            "key",
            "create",
            "velocity-bot",
            "--type",
            "vel",
            "--account",
            ACCOUNT,
            "--tier",
            "enterprise",
            "--admin-url",
            url);

    assertEquals(0, result.exitCode(), result.err());
    verify(
        postRequestedFor(urlEqualTo("/admin/keys"))
            .withRequestBody(
                equalToJson(
                    """
                    {"name":"velocity-bot","type":"vel","accountId":"%s","tier":"enterprise"}
                    """
                        .formatted(ACCOUNT))));
    assertTrue(result.out().contains("\n    vel_abc\n"), result.out());
    assertTrue(
        result.out().contains("type:     vel  (send as Authorization: Bearer <key>)"),
        result.out());
    assertTrue(result.out().contains("tier:     enterprise"), result.out());
  }

  @Test
  void unknownTierOrTypeFailsBeforeAnyRequest() {
    AdminCli.Result tier =
        cli.run("api", "key", "create", "my-app", "--tier", "gold", "--admin-url", url);
    assertEquals(2, tier.exitCode());
    assertTrue(
        tier.err()
            .contains(
                "unknown tier 'gold'; use one of: free, starter, pro, unlimited, startup,"
                    + " enterprise"),
        tier.err());

    AdminCli.Result type =
        cli.run("api", "key", "create", "my-app", "--type", "jwt", "--admin-url", url);
    assertEquals(2, type.exitCode());
    assertTrue(type.err().contains("unknown key type 'jwt'; use one of: api, vel"), type.err());

    verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void tierAndTypeAreCaseInsensitive() {
    stubFor(post("/admin/keys").willReturn(aResponse().withStatus(201).withBody("{}")));
    AdminCli.Result result =
        cli.run("api", "key", "create", "x", "--type", "VEL", "--tier", "Pro", "--admin-url", url);
    assertEquals(0, result.exitCode(), result.err());
    verify(
        postRequestedFor(urlEqualTo("/admin/keys"))
            .withRequestBody(
                equalToJson(
                    "{\"name\":\"x\",\"type\":\"vel\",\"accountId\":null,\"tier\":\"pro\"}")));
  }

  @Test
  void duplicateNameIsAConflict() {
    stubFor(
        post("/admin/keys")
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"error":{"code":"conflict","message":"an active key is already named my-app"}}
                        """)));

    AdminCli.Result result = cli.run("api", "key", "create", "my-app", "--admin-url", url);

    assertEquals(3, result.exitCode());
    assertEquals("", result.out());
    assertEquals(
        "Error: conflict (HTTP 409 from " + url + "): an active key is already named my-app\n",
        result.err());
  }

  @Test
  void unknownAccountIsNotFound() {
    stubFor(
        post("/admin/keys")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(
                        "{\"error\":{\"code\":\"not_found\",\"message\":\"no account "
                            + ACCOUNT
                            + "\"}}")));

    AdminCli.Result result =
        cli.run("api", "key", "create", "my-app", "--account", ACCOUNT, "--admin-url", url);

    assertEquals(3, result.exitCode());
    assertTrue(result.err().startsWith("Error: not_found (HTTP 404 from "), result.err());
    assertTrue(result.err().contains("no account " + ACCOUNT), result.err());
  }

  @Test
  void listPrintsEveryKeyWithoutSecrets() {
    stubFor(
        get("/admin/keys")
            .willReturn(
                okJson(
                    """
                    {"data":[
                      {"name":"my-app","type":"api","prefix":"vz_3mK9","accountId":"%s",
                       "tier":"pro","createdAt":"2026-11-28T12:00:00Z",
                       "lastUsedAt":"2026-11-28T12:05:09.5Z","revokedAt":null},
                      {"name":"old","type":"vel","prefix":"vel_Qa","accountId":"%s",
                       "tier":"pro","createdAt":"2026-11-01T08:00:00+01:00",
                       "lastUsedAt":null,"revokedAt":"2026-11-20T10:00:00Z"}
                    ]}
                    """
                        .formatted(ACCOUNT, ACCOUNT))));

    AdminCli.Result result = cli.run("api", "key", "list", "--admin-url", url);

    assertEquals(0, result.exitCode(), result.err());
    verify(
        getRequestedFor(urlEqualTo("/admin/keys"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    assertEquals(
        """
        name   | type | prefix  | account                              | tier | created              | last used            | revoked
        -------+------+---------+--------------------------------------+------+----------------------+----------------------+---------------------
        my-app | api  | vz_3mK9 | %s | pro  | 2026-11-28T12:00:00Z | 2026-11-28T12:05:09Z | -
        old    | vel  | vel_Qa  | %s | pro  | 2026-11-01T07:00:00Z | -                    | 2026-11-20T10:00:00Z
        """
            .formatted(ACCOUNT, ACCOUNT),
        result.out());
  }

  @Test
  void emptyListSaysHowToCreateAKey() {
    stubFor(get("/admin/keys").willReturn(okJson("{\"data\":[]}")));
    AdminCli.Result result = cli.run("api", "key", "list", "--admin-url", url);
    assertEquals(0, result.exitCode(), result.err());
    assertEquals("No keys yet. Create one with: vizzor api key create <name>\n", result.out());
  }

  @Test
  void revokeDeletesByName() {
    stubFor(
        delete("/admin/keys/my-app")
            .willReturn(okJson("{\"name\":\"my-app\",\"revokedAt\":\"2026-11-28T13:00:00Z\"}")));

    AdminCli.Result result = cli.run("api", "key", "revoke", "my-app", "--admin-url", url);

    assertEquals(0, result.exitCode(), result.err());
    verify(
        deleteRequestedFor(urlEqualTo("/admin/keys/my-app"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    assertEquals("Revoked key \"my-app\" at 2026-11-28T13:00:00Z.\n", result.out());
  }

  @Test
  void revokeKeepsAnOddNameInOnePathSegment() {
    stubFor(
        delete(urlEqualTo("/admin/keys/my%20app%2Fv2"))
            .willReturn(okJson("{\"name\":\"my app/v2\",\"revokedAt\":\"2026-11-28T13:00:00Z\"}")));
    AdminCli.Result result = cli.run("api", "key", "revoke", "my app/v2", "--admin-url", url);
    assertEquals(0, result.exitCode(), result.err());
    verify(deleteRequestedFor(urlEqualTo("/admin/keys/my%20app%2Fv2")));
  }

  @Test
  void revokingAnUnknownNameIsNotFound() {
    stubFor(
        delete("/admin/keys/nope")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(
                        "{\"error\":{\"code\":\"not_found\",\"message\":\"no active key nope\"}}")));

    AdminCli.Result result = cli.run("api", "key", "revoke", "nope", "--admin-url", url);

    assertEquals(3, result.exitCode());
    assertEquals("", result.out());
    assertEquals(
        "Error: not_found (HTTP 404 from " + url + "): no active key nope\n", result.err());
  }

  @Test
  void keyGroupAloneListsItsSubcommands() {
    AdminCli.Result result = cli.run("api", "key");
    assertEquals(2, result.exitCode());
    assertTrue(
        result.err().contains("Missing subcommand; one of: create, list, revoke"), result.err());
    assertFalse(result.err().isEmpty());
  }
}
