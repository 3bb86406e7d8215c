package dev.vizzor.gateway.auth.jwt;

import java.security.Key;

/** A key together with the one algorithm it may verify; a token asking for another is refused. */
record VerificationKey(SigningAlgorithm algorithm, Key key) {}
