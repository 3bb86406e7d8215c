package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code vizzor account list|show|tier} against the real gateway, accounts named by id or by the
 * Supabase user id ({@code sub}) of an account a Supabase token created.
 */
class AccountCommandsTest extends AdminCommandTestBase {
  private static final String SECOND = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

  @Test
  void tierChangesByAccountId() {
    String account = newAccount("my-app", "pro");

    AdminCli.Result result = admin("account", "tier", account, "enterprise");

    assertEquals(0, result.exitCode(), result.err());
    assertEquals("Account " + account + " is now on tier enterprise.\n", result.out());
    assertTrue(admin("account", "show", account).out().contains("tier:     enterprise\n"));
  }

  @Test
  void aSupabaseUsersTierChangesByTheirSub() throws Exception {
    String sub = UUID.randomUUID().toString();
    assertNotEquals(
        401, gateway.statusWith("Authorization", "Bearer " + RealGateway.supabaseToken(sub)));

    AdminCli.Result shown = admin("account", "show", sub);
    assertEquals(0, shown.exitCode(), shown.err());
    Matcher id = Pattern.compile("(?m)^id:       (\\S+)$").matcher(shown.out());
    assertTrue(id.find(), shown.out());
    assertTrue(
        shown
            .out()
            .matches(
                "id:       \\S+\nsub:      "
                    + sub
                    + "\ntier:     free\nkeys:     0 active\ncreated:  "
                    + SECOND
                    + "\n"),
        "a Supabase user starts on free: " + shown.out());

    AdminCli.Result changed = admin("account", "tier", sub, "pro");

    assertEquals(0, changed.exitCode(), changed.err());
    assertEquals(
        "Account " + id.group(1) + " (Supabase user " + sub + ") is now on tier pro.\n",
        changed.out());
    assertTrue(admin("account", "show", id.group(1)).out().contains("tier:     pro\n"));
  }

  @Test
  void listShowsAccountsNewestFirstAPageAtATime() {
    String oldest = newAccount("a", "starter");
    String middle = newAccount("b", "pro");
    String newest = newAccount("c", "enterprise");

    AdminCli.Result first = admin("account", "list", "--limit", "2");

    assertEquals(0, first.exitCode(), first.err());
    List<String> lines = first.out().lines().toList();
    assertEquals(List.of("id", "sub", "tier", "keys", "created"), cells(lines.get(0)));
    assertEquals(List.of(newest, "-", "enterprise", "1"), cells(lines.get(2)).subList(0, 4));
    assertEquals(List.of(middle, "-", "pro", "1"), cells(lines.get(3)).subList(0, 4));
    assertTrue(cells(lines.get(2)).get(4).matches(SECOND), lines.get(2));
    assertEquals(5, lines.size(), first.out());
    assertTrue(
        lines.get(4).startsWith("More: vizzor account list --limit 2 --after "), first.out());

    String[] more = lines.get(4).substring("More: vizzor ".length()).split(" ");
    AdminCli.Result second = admin(more);
    assertEquals(0, second.exitCode(), second.err());
    List<String> rest = second.out().lines().toList();
    assertEquals(List.of(oldest, "-", "starter", "1"), cells(rest.get(2)).subList(0, 4));
    assertEquals(3, rest.size(), "the last page says no more: " + second.out());
  }

  @Test
  void noAccountsYetSaysWhereAccountsComeFrom() {
    AdminCli.Result result = admin("account", "list");
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("No accounts yet."), result.out());
  }

  @Test
  void anUnknownAccountIsNotFound() {
    String nobody = UUID.randomUUID().toString();
    for (AdminCli.Result result :
        List.of(admin("account", "show", nobody), admin("account", "tier", nobody, "pro"))) {
      assertEquals(3, result.exitCode());
      assertEquals("", result.out());
      assertTrue(
          result.err().startsWith("Error: not_found (HTTP 404 from " + url + "): "), result.err());
    }
  }

  @Test
  void unknownTierFailsBeforeAnyRequest() {
    String account = newAccount("my-app", "pro");
    AdminCli.Result result = admin("account", "tier", account, "platinum");
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("unknown tier 'platinum'"), result.err());
    assertTrue(admin("account", "show", account).out().contains("tier:     pro\n"));
  }

  @Test
  void missingTierIsAUsageError() {
    AdminCli.Result result = admin("account", "tier", UUID.randomUUID().toString());
    assertEquals(2, result.exitCode());
    assertTrue(result.err().contains("Missing required parameter: '<tier>'"), result.err());
  }

  @Test
  void theGatewaysValidationErrorsArePassedOn() {
    AdminCli.Result result = admin("account", "list", "--limit", "0");
    assertEquals(3, result.exitCode());
    assertTrue(
        result.err().startsWith("Error: invalid_request (HTTP 400 from " + url + "): "),
        result.err());
  }

  /** A new account, made as operators make one: with its first key. Returns its id. */
  private String newAccount(String keyName, String tier) {
    AdminCli.Result created = admin("api", "key", "create", keyName, "--tier", tier);
    assertEquals(0, created.exitCode(), created.err());
    Matcher account = Pattern.compile("(?m)^account:  (\\S+)$").matcher(created.out());
    assertTrue(account.find(), created.out());
    return account.group(1);
  }

  private static List<String> cells(String line) {
    return List.of(line.strip().split("\\s*\\|\\s*"));
  }
}
