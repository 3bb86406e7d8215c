package dev.vizzor.cli;

import dev.vizzor.common.identity.EcKeys;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of calls between services for one run (docs/INTERNAL-TOKEN.md): an EC P-256 pair per
 * service but the gateway, which calls no service. A service signs its calls with its own private
 * key and checks other services' calls against the key set of all their public keys, each under
 * {@code kid} = the service's application name (its module). Generated per run; the private keys
 * are never printed or written to disk.
 */
public final class ServiceCallKeys {
  static final String PRIVATE_KEY_VARIABLE = "VIZZOR_SERVICE_JWT_PRIVATE_KEY";
  static final String PUBLIC_KEYS_VARIABLE = "VIZZOR_SERVICE_JWT_PUBLIC_KEYS";

  private final Map<String, String> privateKeyPems;
  private final String publicKeySet;

  private ServiceCallKeys(Map<String, String> privateKeyPems, String publicKeySet) {
    this.privateKeyPems = privateKeyPems;
    this.publicKeySet = publicKeySet;
  }

  public static ServiceCallKeys generate(List<ServiceSpec> catalog) {
    Map<String, String> privateKeys = new LinkedHashMap<>();
    Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
    for (ServiceSpec service : catalog) {
      if (!service.isGateway()) {
        KeyPair pair = EcKeys.generate();
        privateKeys.put(service.module(), EcKeys.pem(pair.getPrivate()));
        publicKeys.put(service.module(), pair.getPublic());
      }
    }
    return new ServiceCallKeys(Map.copyOf(privateKeys), EcKeys.jwks(publicKeys));
  }

  /** The PKCS#8 PEM private key {@code service} signs its calls with; none for the gateway. */
  public Optional<String> privateKeyPem(ServiceSpec service) {
    return Optional.ofNullable(privateKeyPems.get(service.module()));
  }

  /** The JSON Web Key Set of every service's public key. */
  public String publicKeySet() {
    return publicKeySet;
  }
}
