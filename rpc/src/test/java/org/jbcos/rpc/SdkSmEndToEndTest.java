package org.jbcos.rpc;

/** The SDK on an SM chain (SM2 + SM3 transactions; the channel TLS stays RSA, FISCO's default). */
class SdkSmEndToEndTest extends AbstractSdkEndToEndTest {
  @Override
  boolean sm() {
    return true;
  }
}
