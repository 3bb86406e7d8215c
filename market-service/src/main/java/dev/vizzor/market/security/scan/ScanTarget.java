package dev.vizzor.market.security.scan;

import dev.vizzor.market.domain.InvalidArgumentException;
import dev.vizzor.market.security.Chain;
import dev.vizzor.market.security.CodeSource;
import dev.vizzor.market.security.EvmAddress;
import dev.vizzor.market.security.evm.Bytecode;
import java.util.Optional;

/**
 * What to scan: a token by chain and address (GoPlus, and its code when a {@link CodeSource} can
 * read it), supplied code (bytecode checks), or both. The chain is optional with code alone.
 */
public record ScanTarget(
    Optional<Chain> chain, Optional<EvmAddress> address, Optional<Bytecode> bytecode) {

  /** The request's fields checked, each failure a 400 naming its field. */
  public static ScanTarget of(String chain, String address, String bytecode) {
    if (isAbsent(address) && isAbsent(bytecode)) {
      throw new InvalidArgumentException(
          "address (with chain) or bytecode is required: the token to scan");
    }
    Optional<Chain> onChain =
        isAbsent(chain) && isAbsent(address)
            ? Optional.empty()
            : Optional.of(Chain.of("chain", chain));
    return new ScanTarget(
        onChain,
        isAbsent(address) ? Optional.empty() : Optional.of(EvmAddress.of("address", address)),
        isAbsent(bytecode) ? Optional.empty() : Optional.of(Bytecode.parse("bytecode", bytecode)));
  }

  private static boolean isAbsent(String value) {
    return value == null;
  }

  /** Equal targets get the same answer: by chain, address and the code's hash. */
  public Key cacheKey() {
    return new Key(
        chain.orElse(null), address.orElse(null), bytecode.map(Bytecode::keccak256).orElse(null));
  }

  public record Key(Chain chain, EvmAddress address, String codeHash) {}
}
