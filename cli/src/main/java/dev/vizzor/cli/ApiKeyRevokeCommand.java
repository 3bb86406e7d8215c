package dev.vizzor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code vizzor api key revoke <name>}: {@code DELETE /admin/keys/{name}}. */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = "Revoke the active key with this name; it stops working at once.")
public final class ApiKeyRevokeCommand implements Callable<Integer> {

  @Mixin AdminOptions admin;

  @Parameters(paramLabel = "<name>", description = "The name the key was created with.")
  String name;

  @Override
  public Integer call() {
    return admin.call(
        (client, out) -> {
          var revoked = client.revokeKey(name);
          out.println(
              "Revoked key \""
                  + AdminJson.text(revoked, "name")
                  + "\" at "
                  + AdminJson.time(revoked, "revokedAt")
                  + ".");
        });
  }
}
