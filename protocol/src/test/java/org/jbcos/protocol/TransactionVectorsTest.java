package org.jbcos.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Signature;
import org.junit.jupiter.api.Test;

/** The published vectors of sdk-wire.md §3.4 and §4.5–4.6. */
class TransactionVectorsTest {
  static final CryptoSuite ECDSA = CryptoSuite.ecdsa();
  static final CryptoSuite SM = CryptoSuite.sm();

  static Transaction docExample() {
    return Transaction.builder()
        .nonce(
            new BigInteger("3eb675ec791c2d19858c91d0046821c27d815e2e9c151604912205000002968", 16))
        .gasPrice(BigInteger.TEN)
        .gas(BigInteger.valueOf(0x2faf080))
        .blockLimit(0x100)
        .to(Hex.decode("8c17cf316c1063ab6c89df875e96c9f0f5b2f744"))
        .data(
            Hex.decode(
                "4ed3885e0000000000000000000000000000000000000000000000000000000000000020"
                    + "000000000000000000000000000000000000000000000000000000000000000a"
                    + "464953434f2042434f5300000000000000000000000000000000000000000000"))
        .chainId(BigInteger.ONE)
        .groupId(BigInteger.ONE)
        .withSignature(
            Signature.ecdsa(
                Hex.decode("9edf7c0cb63645442aff11323916d51ec5440de979950747c0189f338afdcefd"),
                Hex.decode("2f3473184513c6a3516e066ea98b7cfb55a79481c9db98e658dd016c37f03dcf"),
                0));
  }

  @Test
  void docExampleHasThePublishedHashAndSender() {
    Transaction tx = docExample();
    assertThat(tx.encodeForSigning()).hasSize(171);
    assertThat(Hex.encode(tx.signingHash(ECDSA)))
        .isEqualTo("c52d8ae438be7095e7d2006c63bafde52141fb2198440609a117801634708435");
    assertThat(Hex.encode(tx.hash(ECDSA)))
        .isEqualTo("3961fac263d8e640b148ddcfafd71d2069e93a006abc937c32fb16cfa96e661d");
    assertThat(Hex.encode(tx.sender(ECDSA))).isEqualTo("57c7be32cbfb3bfed4fddc87efcc735b4e945fb3");
    assertThat(
            Hex.encode(
                ECDSA.signatureAlgorithm().recoverPublicKey(tx.signingHash(ECDSA), tx.signature())))
        .isEqualTo(
            "39274e8bcf6d880ec5d50e2a201f021da80b72ae642bc0419ba9d6a86e1d17fb"
                + "a6d8c67e9dcd82e80c4225d642117927207c55e335ee07ddb19241c591da9c81");
  }

  @Test
  void docExampleDecodesAndReEncodesByteForByte() {
    byte[] encoded = docExample().encode();
    Transaction decoded = Transaction.decode(encoded, ECDSA);
    assertThat(decoded.encode()).isEqualTo(encoded);
    assertThat(decoded.blockLimit()).isEqualTo(BigInteger.valueOf(256));
    assertThat(decoded.signature().v()).isZero();
  }

  @Test
  void singleTransactionRootMatchesTheDocBlock() {
    byte[] root = MerkleTree.root(List.of(docExample().hash(ECDSA)), ECDSA.hashFunction());
    assertThat(Hex.encode(root))
        .isEqualTo("b880b08df3b43a9ffc334d7a526522b33e004ef95403d61d76454b6085b9b2f1");
  }

  @Test
  void smDeployTransactionFromTheNodeTestsVerifies() {
    Transaction tx = Transaction.decode(Hex.decode(SmVector.RLP), SM);
    assertThat(tx.isDeploy()).isTrue();
    assertThat(tx.data()).hasSize(1005);
    assertThat(tx.blockLimit()).isEqualTo(BigInteger.valueOf(0x0314f0));
    assertThat(Hex.encode(tx.signingHash(SM)))
        .isEqualTo("d86e6ff0605c19df0a51f899f45719c710c6c71ea625f7ed84e927d4043f7c1f");
    assertThat(Hex.encode(tx.hash(SM)))
        .isEqualTo("ef0bb6fc3d7587ee759a3ab844e88daea90e95ee7fe704d19083c2ac96e3d54a");
    assertThat(Hex.encode(tx.sender(SM))).isEqualTo("cf1ffb4f88391a8d9da0ed9aefc27b24522299fa");
    assertThat(tx.encode()).isEqualTo(Hex.decode(SmVector.RLP));
  }

  @Test
  void smTransactionIsRejectedOnAnEcdsaChain() {
    assertThatThrownBy(() -> Transaction.decode(Hex.decode(SmVector.RLP), ECDSA))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("v");
  }

  @Test
  void tamperedSignatureDoesNotRecoverTheSender() {
    byte[] encoded = docExample().encode();
    encoded[encoded.length - 1] ^= 1;
    Transaction tx = Transaction.decode(encoded, ECDSA);
    byte[] sender;
    try {
      sender = tx.sender(ECDSA);
    } catch (ProtocolException e) {
      return;
    }
    assertThat(Hex.encode(sender)).isNotEqualTo("57c7be32cbfb3bfed4fddc87efcc735b4e945fb3");
  }

  @Test
  void highSIsRejected() {
    Transaction tx = docExample();
    BigInteger n = org.jbcos.crypto.Curve.SECP256K1.domain().getN();
    BigInteger highS = n.subtract(new BigInteger(1, tx.signature().s()));
    Transaction malleated =
        Transaction.builder()
            .nonce(tx.nonce())
            .withSignature(
                Signature.ecdsa(tx.signature().r(), org.jbcos.crypto.Bytes32.of(highS), 1));
    assertThatThrownBy(() -> malleated.sender(ECDSA))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("high-s");
  }

  @Test
  void malformedInputNamesTheProblem() {
    assertThatThrownBy(() -> Transaction.decode(Hex.decode("c0"), ECDSA))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("transaction must have 13 RLP items, found 0");
    byte[] encoded = docExample().encode();
    byte[] trailing = java.util.Arrays.copyOf(encoded, encoded.length + 1);
    assertThatThrownBy(() -> Transaction.decode(trailing, ECDSA))
        .hasMessageContaining("trailing bytes");
    assertThatThrownBy(() -> Transaction.decode(new byte[] {(byte) 0xf8}, ECDSA))
        .isInstanceOf(ProtocolException.class);
  }

  static BlockHeader docBlockHeader() {
    return new BlockHeader(
        Hex.decode("249f59e00beac8424a7821c4750fdd70c128f4ce795afbab53f345e9fce95d1a"),
        new byte[32],
        Hex.decode("b880b08df3b43a9ffc334d7a526522b33e004ef95403d61d76454b6085b9b2f1"),
        Hex.decode("69a04fa6073e4fc0947bac7ee6990e788d1e2c5ec0fe6c2436d0892e7f3c09d2"),
        new byte[32],
        LogBloom.empty(),
        1,
        BigInteger.ZERO,
        BigInteger.ZERO,
        0x175ac38cf10L,
        List.of(),
        BigInteger.ZERO,
        List.of(Hex.decode(SEALER)));
  }

  static final String SEALER =
      "4ca3a91a4937355dba6a2e5fe76141479a1fc44e9caa86750092dab64e0b8382"
          + "f6b8476749c2d2de414350a54491620d38813d2a1442f524e36e3d9946109c4d";

  @Test
  void blockHeaderFromTheDocHashesToThePublishedHash() {
    BlockHeader header = docBlockHeader();
    assertThat(header.encode()).hasSize(507);
    assertThat(Hex.encode(header.hash(ECDSA)))
        .isEqualTo("fa639d1454362a8cdfcab1ca1948a5defaf7048b28f67e80780ab1e24e8f8c59");
    assertThat(BlockHeader.decode(header.encode())).isEqualTo(header);
  }

  @Test
  void docBlockSignatureWasMadeByItsSealer() {
    byte[] blockHash = docBlockHeader().hash(ECDSA);
    Signature sig =
        Signature.fromBytes(
            Hex.decode(
                "4602135870d9a4846e2536d4a48e831825a5d95768dd0d4f08544a0bd4c2af41"
                    + "242dec1751a05c07d7572027f8d6ac1625c48145beb004e2dce8b7ce9e2bb73d00"));
    assertThat(Hex.encode(ECDSA.signatureAlgorithm().recoverPublicKey(blockHash, sig)))
        .isEqualTo(SEALER);
  }

  @Test
  void docBlockRoundTripsAsAStoredBlock() {
    Block block =
        new Block(
            docBlockHeader(),
            List.of(docExample()),
            List.of(new SealerSignature(BigInteger.ZERO, new byte[65])),
            List.of());
    assertThat(block.computeTransactionsRoot(ECDSA)).isEqualTo(docBlockHeader().transactionsRoot());
    Block decoded = Block.decode(block.encode(ECDSA), ECDSA);
    assertThat(decoded.encode(ECDSA)).isEqualTo(block.encode(ECDSA));
  }
}
