package org.jbcos.rpc;

/** The SDK on an ECDSA chain (secp256k1 + Keccak-256 transactions). */
class SdkEcdsaEndToEndTest extends AbstractSdkEndToEndTest {
  @Override
  boolean sm() {
    return false;
  }
}
