package org.jbcos.evm.precompile;

import org.bouncycastle.crypto.digests.SHA256Digest;

/** 0x2: SHA-256 of the input; 60 gas plus 12 per 32-byte word. */
public final class Sha256 implements PrecompiledContract {
  @Override
  public String name() {
    return "sha256";
  }

  @Override
  public long gasRequirement(byte[] input) {
    return Inputs.linearGas(input.length, 60, 12);
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    SHA256Digest digest = new SHA256Digest();
    digest.update(input, 0, input.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return PrecompileResult.success(out);
  }
}
