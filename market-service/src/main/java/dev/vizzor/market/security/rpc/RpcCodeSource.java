package dev.vizzor.market.security.rpc;

import dev.vizzor.market.security.Chain;
import dev.vizzor.market.security.CodeSource;
import dev.vizzor.market.security.CodeUnavailableException;
import dev.vizzor.market.security.EvmAddress;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Contract code from the chain's node. Without a node for the chain the code is unavailable by
 * configuration, which the endpoints report as checks that did not run (never as "safe").
 */
@ApplicationScoped
public class RpcCodeSource implements CodeSource {
  private final EvmRpc rpc;

  RpcCodeSource(EvmRpc rpc) {
    this.rpc = rpc;
  }

  @Override
  public Uni<Optional<byte[]>> code(Chain chain, EvmAddress address) {
    if (!rpc.configured(chain)) {
      return Uni.createFrom()
          .failure(
              new CodeUnavailableException(
                  "no EVM RPC is configured for "
                      + chain.wireName()
                      + " to read the contract's code ("
                      + RpcEndpoints.VARIABLE
                      + "); send the code as bytecode to run these checks"));
    }
    return rpc.code(chain, address);
  }
}
