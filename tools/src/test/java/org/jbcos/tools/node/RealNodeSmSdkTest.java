package org.jbcos.tools.node;

/** {@link AbstractNodeProcessSdkTest} on an SM (national crypto) chain. */
class RealNodeSmSdkTest extends AbstractNodeProcessSdkTest {
  @Override
  boolean sm() {
    return true;
  }
}
