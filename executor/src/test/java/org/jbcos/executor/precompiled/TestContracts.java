package org.jbcos.executor.precompiled;

import org.jbcos.crypto.Hex;

/** Hand-assembled contracts for governance tests (no compiler needed). */
final class TestContracts {
  /** Runtime: stores the first call data word in slot 0. */
  private static final String STORE_RUNTIME = "6000356000550" + "0";

  /**
   * Deploys {@link #STORE_RUNTIME}: copies the 7 bytes after this 12-byte prefix and returns them.
   */
  static final byte[] STORE = Hex.decode("6007600c60003960076000f3" + STORE_RUNTIME);

  /**
   * Runtime: creates a {@link #STORE} contract (init code kept after these 22 bytes) and returns
   * its address as a word.
   */
  private static final String FACTORY_RUNTIME =
      "6013601660003960136000600" + "0f0" + "60005260206000f3" + Hex.encode(STORE);

  static final byte[] FACTORY = Hex.decode("6029600c60003960296000f3" + FACTORY_RUNTIME);

  private TestContracts() {}

  /**
   * A contract whose every call calls {@code target} with empty call data (a {@link #STORE} target
   * then writes its slot 0) and stores in its own slot 1 whether that call succeeded.
   */
  static byte[] caller(org.jbcos.evm.Address target) {
    String runtime =
        "60006000600060006000" + "73" + target.toHex().substring(2) + "5af1" + "600155" + "00";
    return Hex.decode("6025600c60003960256000f3" + runtime);
  }

  /** Call data for {@link #STORE}: the word to store. */
  static byte[] storeCall(long value) {
    byte[] word = new byte[32];
    for (int i = 0; i < 8; i++) {
      word[31 - i] = (byte) (value >>> (8 * i));
    }
    return word;
  }
}
