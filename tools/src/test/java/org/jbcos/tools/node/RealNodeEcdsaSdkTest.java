package org.jbcos.tools.node;

/** {@link AbstractNodeProcessSdkTest} on an ECDSA chain. */
class RealNodeEcdsaSdkTest extends AbstractNodeProcessSdkTest {
  @Override
  boolean sm() {
    return false;
  }
}
