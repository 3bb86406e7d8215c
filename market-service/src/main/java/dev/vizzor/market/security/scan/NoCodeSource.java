package dev.vizzor.market.security.scan;

import dev.vizzor.market.security.Chain;
import dev.vizzor.market.security.EvmAddress;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** No EVM RPC configured: code is never available, and the scan says why. */
@ApplicationScoped
@DefaultBean
public class NoCodeSource implements CodeSource {
  @Override
  public Uni<Optional<byte[]>> code(Chain chain, EvmAddress address) {
    return Uni.createFrom()
        .failure(
            new CodeUnavailableException(
                "no EVM RPC is configured for "
                    + chain.wireName()
                    + " to read the contract's code; send the code as bytecode to run these checks"));
  }
}
