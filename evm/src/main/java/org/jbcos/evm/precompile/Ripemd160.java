package org.jbcos.evm.precompile;

import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.jbcos.crypto.Bytes32;

/** 0x3: RIPEMD-160 of the input, left-padded to 32 bytes; 600 gas plus 120 per word. */
public final class Ripemd160 implements PrecompiledContract {
  @Override
  public String name() {
    return "ripemd160";
  }

  @Override
  public long gasRequirement(byte[] input) {
    return Inputs.linearGas(input.length, 600, 120);
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    RIPEMD160Digest digest = new RIPEMD160Digest();
    digest.update(input, 0, input.length);
    byte[] hash = new byte[20];
    digest.doFinal(hash, 0);
    return PrecompileResult.success(Bytes32.leftPad(hash));
  }
}
