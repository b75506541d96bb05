package org.jbcos.consensus.pbft.sim;

import java.util.Arrays;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.consensus.pbft.PbftCrypto;
import org.jbcos.crypto.Keccak256;

/**
 * A cheap deterministic stand-in for signatures, so thousands of simulated rounds run in seconds: a
 * "signature" is Keccak(nodeId ‖ hash) padded to the 65-byte ECDSA size. It proves nothing against
 * a forger (the simulated Byzantine node does not forge), only who claims to have signed; the real
 * suites run in {@code PbftSimulationTest#realSignatures}.
 */
final class SimCrypto implements PbftCrypto {
  private final NodeId self;

  SimCrypto(NodeId self) {
    this.self = self;
  }

  @Override
  public byte[] hash(byte[] data) {
    return Keccak256.INSTANCE.hash(data);
  }

  @Override
  public byte[] sign(byte[] hash32) {
    return mac(self, hash32);
  }

  @Override
  public boolean verify(NodeId signer, byte[] hash32, byte[] signature) {
    return Arrays.equals(mac(signer, hash32), signature);
  }

  static byte[] mac(NodeId signer, byte[] hash32) {
    byte[] in = new byte[64 + hash32.length];
    System.arraycopy(signer.bytes(), 0, in, 0, 64);
    System.arraycopy(hash32, 0, in, 64, hash32.length);
    return Arrays.copyOf(Keccak256.INSTANCE.hash(in), 65);
  }
}
