package org.jbcos.rpc.tls;

import java.security.AlgorithmConstraints;
import java.security.AlgorithmParameters;
import java.security.CryptoPrimitive;
import java.security.Key;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses the x25519 and x448 key-exchange groups and permits everything else. The FISCO SDK's
 * TaSSL client offers x25519 but fails on the server's x25519 share ("ec_GFp_simple_oct2point:
 * invalid encoding"), and JDK 17 TLS picks the client's first supported group; JDK 17 has no
 * per-engine named-group setting, but it asks the engine's algorithm constraints about each group.
 */
final class NoMontgomeryCurves implements AlgorithmConstraints {
  static final NoMontgomeryCurves INSTANCE = new NoMontgomeryCurves();

  private static final Set<String> REFUSED = Set.of("x25519", "x448", "xdh");

  private NoMontgomeryCurves() {}

  @Override
  public boolean permits(
      Set<CryptoPrimitive> primitives, String algorithm, AlgorithmParameters parameters) {
    return algorithm == null
        || !primitives.contains(CryptoPrimitive.KEY_AGREEMENT)
        || !REFUSED.contains(algorithm.toLowerCase(Locale.ROOT));
  }

  @Override
  public boolean permits(Set<CryptoPrimitive> primitives, Key key) {
    return true;
  }

  @Override
  public boolean permits(
      Set<CryptoPrimitive> primitives, String algorithm, Key key, AlgorithmParameters parameters) {
    return permits(primitives, algorithm, parameters);
  }
}
