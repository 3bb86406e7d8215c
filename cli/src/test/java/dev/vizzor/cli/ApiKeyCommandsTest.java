package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code vizzor api key create|list|revoke} against the real gateway. Expected shapes are the
 * contract's (gateway README, DESIGN.md): {@code vzk_}/{@code vel_} keys of 32 random bytes in
 * base64url, shown once, listed by a 12-character prefix; a new account is on pro unless told.
 */
class ApiKeyCommandsTest extends AdminCommandTestBase {
  private static final Pattern SHOWN_KEY = Pattern.compile("(?m)^    (\\S+)$");
  private static final String BASE64URL_32_BYTES = "[A-Za-z0-9_-]{43}";
  private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  private static final String SECOND = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

  @Test
  void everyAdminCommandsHelpListsItsExitCodes() {
    for (String[] command :
        List.of(
            new String[] {"api", "key", "create", "--help"},
            new String[] {"api", "key", "list", "--help"},
            new String[] {"api", "key", "revoke", "--help"},
            new String[] {"account", "list", "--help"},
            new String[] {"account", "show", "--help"},
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
  void createPrintsAWorkingKeyOnceAndTheListShowsOnlyItsPrefix() throws Exception {
    AdminCli.Result result = admin("api", "key", "create", "my-app");

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("", result.err());
    String key = shownKey(result);
    assertTrue(key.matches("vzk_" + BASE64URL_32_BYTES), key);
    assertTrue(
        result
            .out()
            .matches(
                "(?s)Created key \"my-app\". It is shown once; store it now:\n\n    "
                    + key
                    + "\n\nname:     my-app\n"
                    + "type:     api  \\(send as X-API-Key: <key>\\)\n"
                    + "account:  "
                    + UUID
                    + "\ntier:     pro\n"
                    + "prefix:   "
                    + Pattern.quote(key.substring(0, 12))
                    + "  \\(how lists show it\\)\n"
                    + "created:  "
                    + SECOND
                    + "\n"),
        result.out());
    assertEquals(503, gateway.statusWith("X-API-Key", key), "accepted, then no service answers");

    AdminCli.Result list = admin("api", "key", "list");
    assertEquals(0, list.exitCode(), list.err());
    assertFalse(list.out().contains(key.substring(12)), "the secret never shows again");
    assertEquals(
        List.of("my-app", "api", key.substring(0, 12), accountOf(result), "pro"),
        row(list, "my-app").subList(0, 5));
  }

  @Test
  void createSendsTypeAccountAndTier() {
    String account = accountOf(admin("api", "key", "create", "first"));

    AdminCli.Result result =
        admin(
            "api",
            "key",
            "create",
            "velocity-bot",
            "--type",
            "vel",
            "--account",
            account,
            "--tier",
            "enterprise");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(shownKey(result).matches("vel_" + BASE64URL_32_BYTES), result.out());
    assertTrue(
        result.out().contains("type:     vel  (send as Authorization: Bearer <key>)"),
        result.out());
    assertEquals(account, accountOf(result));
    assertTrue(result.out().contains("tier:     enterprise"), result.out());
    assertTrue(
        admin("account", "show", account).out().contains("tier:     enterprise\n"),
        "--tier with --account changes that account's tier");
  }

  @Test
  void unknownTierOrTypeFailsBeforeAnyRequest() {
    AdminCli.Result tier = admin("api", "key", "create", "my-app", "--tier", "gold");
    assertEquals(2, tier.exitCode());
    assertTrue(
        tier.err()
            .contains(
                "unknown tier 'gold'; use one of: free, starter, pro, unlimited, startup,"
                    + " enterprise"),
        tier.err());

    AdminCli.Result type = admin("api", "key", "create", "my-app", "--type", "jwt");
    assertEquals(2, type.exitCode());
    assertTrue(type.err().contains("unknown key type 'jwt'; use one of: api, vel"), type.err());

    assertTrue(admin("api", "key", "list").out().startsWith("No keys yet."), "nothing was made");
  }

  @Test
  void tierAndTypeAreCaseInsensitive() {
    AdminCli.Result result = admin("api", "key", "create", "x", "--type", "VEL", "--tier", "Pro");
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(shownKey(result).startsWith("vel_"), result.out());
    assertTrue(result.out().contains("tier:     pro\n"), result.out());
  }

  @Test
  void aSecondActiveKeyOfTheSameNameIsAConflict() {
    assertEquals(0, admin("api", "key", "create", "my-app").exitCode());

    AdminCli.Result result = admin("api", "key", "create", "my-app");

    assertEquals(3, result.exitCode());
    assertEquals("", result.out());
    assertRefused(result, "conflict", 409);
  }

  @Test
  void aKeyForAnUnknownAccountIsNotFound() {
    AdminCli.Result result =
        admin(
            "api", "key", "create", "my-app", "--account", java.util.UUID.randomUUID().toString());
    assertEquals(3, result.exitCode());
    assertRefused(result, "not_found", 404);
  }

  @Test
  void listShowsEveryKeyRevokedOnesIncluded() {
    AdminCli.Result kept = admin("api", "key", "create", "kept");
    AdminCli.Result old =
        admin("api", "key", "create", "old", "--type", "vel", "--tier", "starter");
    assertEquals(0, admin("api", "key", "revoke", "old").exitCode());

    AdminCli.Result list = admin("api", "key", "list");

    assertEquals(0, list.exitCode(), list.err());
    assertEquals(
        List.of("name", "type", "prefix", "account", "tier", "created", "last used", "revoked"),
        row(list, "name"));
    List<String> keptRow = row(list, "kept");
    assertEquals(
        List.of("kept", "api", shownKey(kept).substring(0, 12), accountOf(kept), "pro"),
        keptRow.subList(0, 5));
    assertTrue(keptRow.get(5).matches(SECOND), keptRow.toString());
    assertEquals("-", keptRow.get(7), "not revoked");
    List<String> oldRow = row(list, "old");
    assertEquals(
        List.of("old", "vel", shownKey(old).substring(0, 12), accountOf(old), "starter"),
        oldRow.subList(0, 5));
    assertTrue(oldRow.get(7).matches(SECOND), oldRow.toString());
    assertFalse(list.out().contains(shownKey(kept)), "no secret");
    assertFalse(list.out().contains(shownKey(old)), "no secret");
  }

  @Test
  void emptyListSaysHowToCreateAKey() {
    AdminCli.Result result = admin("api", "key", "list");
    assertEquals(0, result.exitCode(), result.err());
    assertEquals("No keys yet. Create one with: vizzor api key create <name>\n", result.out());
  }

  @Test
  void aRevokedKeyStopsWorkingAtOnce() throws Exception {
    String key = shownKey(admin("api", "key", "create", "my-app"));

    AdminCli.Result result = admin("api", "key", "revoke", "my-app");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().matches("Revoked key \"my-app\" at " + SECOND + "\\.\n"), result.out());
    assertEquals(401, gateway.statusWith("X-API-Key", key));
  }

  @Test
  void revokeKeepsAnOddNameInOnePathSegment() {
    AdminCli.Result result = admin("api", "key", "revoke", "my app/v2");
    assertEquals(3, result.exitCode());
    assertRefused(result, "not_found", 404);
    assertTrue(
        result.err().contains("my app/v2"), "the gateway got the whole name: " + result.err());
  }

  @Test
  void revokingAnUnknownNameIsNotFound() {
    AdminCli.Result result = admin("api", "key", "revoke", "nope");
    assertEquals(3, result.exitCode());
    assertEquals("", result.out());
    assertRefused(result, "not_found", 404);
  }

  @Test
  void keyGroupAloneListsItsSubcommands() {
    AdminCli.Result result = cli.run("api", "key");
    assertEquals(2, result.exitCode());
    assertTrue(
        result.err().contains("Missing subcommand; one of: create, list, revoke"), result.err());
  }

  /** README: a refusal prints the API's code and message on stderr, one line. */
  void assertRefused(AdminCli.Result result, String code, int status) {
    String prefix = "Error: " + code + " (HTTP " + status + " from " + url + "): ";
    assertTrue(result.err().startsWith(prefix), result.err());
    assertTrue(result.err().length() > prefix.length() + 1, "with the API's message");
  }

  private static String shownKey(AdminCli.Result created) {
    Matcher shown = SHOWN_KEY.matcher(created.out());
    assertTrue(shown.find(), created.out());
    return shown.group(1);
  }

  private static String accountOf(AdminCli.Result created) {
    Matcher account = Pattern.compile("(?m)^account:  (\\S+)$").matcher(created.out());
    assertTrue(account.find(), created.out());
    return account.group(1);
  }

  /** The cells of the table row whose first cell is {@code name}. */
  static List<String> row(AdminCli.Result table, String name) {
    return table
        .out()
        .lines()
        .map(line -> List.of(line.split("\\s*\\|\\s*")))
        .filter(cells -> cells.getFirst().strip().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + name + " in\n" + table.out()))
        .stream()
        .map(String::strip)
        .toList();
  }
}
