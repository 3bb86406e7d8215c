package dev.vizzor.orchestrator.analyst;

/**
 * What a security question is about: a token or wallet by chain and address, pasted bytecode, or a
 * pasted Solidity source (null: not given). {@code chainNamed} is false when the chain is the
 * default the answer then says it assumed.
 */
record SecurityTarget(
    String chain, boolean chainNamed, String address, String bytecode, String source) {}
