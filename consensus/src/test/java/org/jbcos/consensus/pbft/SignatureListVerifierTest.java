package org.jbcos.consensus.pbft;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.protocol.BlockHeader;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.SealerSignature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureListVerifierTest {
  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void needsAQuorumOfDistinctValidSealerSignatures(boolean sm) {
    CryptoSuite suite = CryptoSuite.of(sm);
    List<KeyPair> keys = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      keys.add(suite.signatureAlgorithm().keyPairOf(BigInteger.valueOf(500 + i)));
    }
    List<NodeId> sealers = keys.stream().map(k -> new NodeId(k.publicKey())).toList();
    BlockHeader header =
        new BlockHeader(
            new byte[32],
            new byte[32],
            new byte[32],
            new byte[32],
            new byte[32],
            LogBloom.empty(),
            7,
            BigInteger.ZERO,
            BigInteger.ZERO,
            1_700_000_000_000L,
            List.of(),
            BigInteger.ONE,
            sealers.stream().map(NodeId::bytes).toList());
    byte[] hash = header.hash(suite);
    SealerSignature s0 = sig(0, suite.sign(hash, keys.get(0)).toBytes());
    SealerSignature s1 = sig(1, suite.sign(hash, keys.get(1)).toBytes());
    SealerSignature s2 = sig(2, suite.sign(hash, keys.get(2)).toBytes());
    SealerSignature s3ByKey2 = sig(3, suite.sign(hash, keys.get(2)).toBytes());

    assertThat(SignatureListVerifier.verify(header, List.of(s0, s1, s2), sealers, suite)).isTrue();
    assertThat(SignatureListVerifier.verify(header, List.of(s0, s1), sealers, suite)).isFalse();
    assertThat(SignatureListVerifier.verify(header, List.of(s0, s1, s1), sealers, suite))
        .as("the same sealer twice counts once")
        .isFalse();
    assertThat(SignatureListVerifier.verify(header, List.of(s0, s1, s3ByKey2), sealers, suite))
        .as("a signature by another sealer's key")
        .isFalse();
    assertThat(
            SignatureListVerifier.verify(
                header, List.of(s0, s1, sig(9, s2.signature())), sealers, suite))
        .as("an index outside the sealer list")
        .isFalse();
    assertThat(
            SignatureListVerifier.verify(
                header, List.of(s0, s1, sig(2, new byte[65])), sealers, suite))
        .as("garbage signature bytes")
        .isFalse();
  }

  private static SealerSignature sig(int idx, byte[] bytes) {
    return new SealerSignature(BigInteger.valueOf(idx), bytes);
  }
}
