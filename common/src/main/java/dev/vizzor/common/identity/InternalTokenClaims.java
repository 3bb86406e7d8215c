package dev.vizzor.common.identity;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the identity claims ({@link InternalClaims}) of a token whose signature, issuer and
 * lifetime were already checked. A claim of the wrong shape is a broken contract with the signer,
 * refused like a bad signature.
 */
final class InternalTokenClaims {
  private InternalTokenClaims() {}

  static InternalIdentity identityOf(JsonWebToken token) {
    CredentialKind credential = CredentialKind.fromWire(text(token, InternalClaims.CREDENTIAL));
    Optional<String> service = InternalClaims.serviceOf(token.getIssuer());
    if ((credential == CredentialKind.SERVICE) != service.isPresent()) {
      throw new IllegalArgumentException(
          "cred " + credential.wire() + " does not go with issuer " + token.getIssuer());
    }
    return new InternalIdentity(
        uuid("sub", token.getSubject()),
        Tier.fromWire(text(token, InternalClaims.TIER)),
        credential,
        Optional.ofNullable(token.getClaim(InternalClaims.KEY_ID))
            .map(kid -> uuid(InternalClaims.KEY_ID, textOf(InternalClaims.KEY_ID, kid))),
        integer(token, InternalClaims.MAX_TOKENS),
        service,
        Optional.ofNullable(token.getClaim(InternalClaims.SUPABASE_USER))
            .map(user -> textOf(InternalClaims.SUPABASE_USER, user)));
  }

  private static String text(JsonWebToken token, String claim) {
    return textOf(claim, required(token, claim));
  }

  // SmallRye JWT hands custom claims out as JSON-P values; plain Java values are accepted too.
  private static String textOf(String claim, Object value) {
    return switch (value) {
      case JsonString json -> json.getString();
      case String plain -> plain;
      default -> throw new IllegalArgumentException(claim + " is not a string");
    };
  }

  private static int integer(JsonWebToken token, String claim) {
    try {
      return switch (required(token, claim)) {
        case JsonNumber json when json.isIntegral() -> json.intValueExact();
        case Integer plain -> plain;
        case Long plain -> Math.toIntExact(plain);
        default -> throw new IllegalArgumentException(claim + " is not an integer");
      };
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(claim + " is out of range");
    }
  }

  private static Object required(JsonWebToken token, String claim) {
    Object value = token.getClaim(claim);
    if (value == null) {
      throw new IllegalArgumentException(claim + " is missing");
    }
    return value;
  }

  private static UUID uuid(String claim, String value) {
    if (value == null) {
      throw new IllegalArgumentException(claim + " is missing");
    }
    try {
      UUID parsed = UUID.fromString(value);
      // fromString also takes short forms such as "1-2-3-4-5"; signers write canonical ones.
      if (parsed.toString().equalsIgnoreCase(value)) {
        return parsed;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw new IllegalArgumentException(claim + " is not a UUID");
  }
}
