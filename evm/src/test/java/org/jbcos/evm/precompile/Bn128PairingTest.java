package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.evm.precompile.Bn128AddTest.G1;
import static org.jbcos.evm.precompile.Bn128AddTest.MINUS_G1;

import org.jbcos.crypto.Hex;
import org.junit.jupiter.api.Test;

/** Inputs from the stZeroKnowledge state tests (ecpairing_*), named after them. */
class Bn128PairingTest {
  static final String G2 =
      "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
          + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
          + "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b"
          + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";
  static final String MINUS_G2 =
      "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
          + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
          + "275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec"
          + "1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d";
  private static final String G2_INFINITY = "00".repeat(128);
  private static final String G1_INFINITY = "00".repeat(64);

  /** A pair (P, Q) from a Groth16-style check and its partner (G1, Q') that cancel it. */
  private static final String PAIR_A =
      "105456a333e6d636854f987ea7bb713dfd0ae8371a72aea313ae0c32c0bf1016"
          + "0cf031d41b41557f3e7e3ba0c51bebe5da8e6ecd855ec50fc87efcdeac168bcc"
          + "0476be093a6d2b4bbf907172049874af11e1b6267606e00804d3ff0037ec57fd"
          + "3010c68cb50161b7d1d96bb71edfec9880171954e56871abf3d93cc94d745fa1"
          + "14c059d74e5b6c4ec14ae5864ebe23a71781d86c29fb8fb6cce94f70d3de7a21"
          + "01b33461f39d9e887dbb100f170a2345dde3c07e256d1dfa2b657ba5cd030427";

  private static final String PAIR_B =
      G1
          + "1a2c3013d2ea92e13c800cde68ef56a294b883f6ac35d25f587c09b1b3c635f7"
          + "290158a80cd3d66530f74dc94c94adb88f5cdb481acca997b6e60071f08a115f"
          + "2f997f3dbd66a7afe07fe7862ce239edba9e05c5afff7f8a1259c9733b2dfbb9"
          + "29d1691530ca701b4a106054688728c9972c8512e9789e9567aae23e302ccd75";
  private static final String PAIR_B_WRONG =
      G1
          + "1a2c3013d2ea92e13c800cde68ef56a294b883f6ac35d25f587c09b1b3c635f7"
          + "290158a80cd3d66530f74dc94c94adb88f5cdb481acca997b6e60071f08a115f"
          + "00cacf3523caf879d7d05e30549f1e6fdce364cbb8724b0329c6c2a39d4f018e"
          + "0692e55db067300e6e3fe56218fa2f940054e57e7ef92bf7d475a9d8a8502fd2";

  /** On the twist y² = x³ + 3/ξ (x = 2 + i) but not in its order-r subgroup. */
  private static final String TWIST_POINT_OUTSIDE_G2 =
      "0000000000000000000000000000000000000000000000000000000000000001"
          + "0000000000000000000000000000000000000000000000000000000000000002"
          + "2b76c179599bb92a963dac85546a005a777f7c13f6a7b75d5918b6b5808f5fde"
          + "101f7278419308b95099eca02dcee0c5381f4d26d1d62313f057167f064101ce";

  private final Bn128Pairing pairing = new Bn128Pairing(Bn128Prices.ISTANBUL);

  @Test
  void emptyData() {
    assertResult("", true);
  }

  @Test
  void onePointFail() {
    assertResult(G1 + G2, false);
  }

  @Test
  void onePointWithG1Zero() {
    assertResult(G1_INFINITY + G2, true);
  }

  @Test
  void twoPointMatch2() {
    assertResult(G1 + G2 + G1 + MINUS_G2, true);
  }

  @Test
  void generatorAgainstItsNegationInG1() {
    assertResult(G1 + G2 + MINUS_G1 + G2, true);
  }

  @Test
  void twoPointMatch4() {
    assertResult(PAIR_A + PAIR_B, true);
  }

  @Test
  void twoPointFail2() {
    String otherQ =
        G1
            + "105384b6dd6c48634b9fe89cb3e19667c1fe6736c69df070d674c95a42b3b824"
            + "2c0d8e67f0f2c14c43734b430d8be4265af8c4f7a67deb0b029fd2dff99cc6b9"
            + "015eaec465d922580c7de5d4a5c26de75eaf2af6841b7412ef2eebd1e051076f"
            + "1b4c21849e48de12d1bae2bad3299717aa8664ade430e19dec72a6e10a39b0ab";
    assertResult(PAIR_A + otherQ, false);
  }

  @Test
  void threePointMatch1() {
    assertResult(PAIR_A + PAIR_B + G1 + G2_INFINITY, true);
  }

  @Test
  void threePointFail1() {
    assertResult(PAIR_A + PAIR_B_WRONG + G1 + G2, false);
  }

  @Test
  void twoPointsWithOneG2Zero() {
    assertResult(G1 + G2_INFINITY + G1 + G2, false);
  }

  @Test
  void twoPointMatch5() {
    assertResult(G1 + G2_INFINITY + G1_INFINITY + G2, true);
  }

  @Test
  void badLength() {
    assertFails((G1 + G2).substring(2));
    assertFails(G1 + G2 + "00");
  }

  @Test
  void oneG2PointOffTheTwistFails() {
    // ecpairing_one_point_not_in_subgroup
    String offTwist =
        "00".repeat(63)
            + "08"
            + "00d3270b7da683f988d3889abcdad9776ecd45abaca689f1118c3fd33404b439"
            + "2588360d269af2cd3e0803839ea274c2b8f062a6308e8da85fd774c26f1bcb87";
    assertFails(G1_INFINITY + offTwist);
  }

  @Test
  void aTwistPointOutsideTheSubgroupFails() {
    assertFails(G1_INFINITY + TWIST_POINT_OUTSIDE_G2);
    assertFails(G1 + TWIST_POINT_OUTSIDE_G2);
  }

  @Test
  void perturbG2ByOne() {
    assertFails(
        G1_INFINITY
            + "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c3"
            + G2.substring(64));
  }

  @Test
  void perturbG2ByFieldModulus() {
    String yImaginaryPlusP = "396ad8433991909fa4eedf63ea8d8bf353cc9bc4d925598091cd66f3a99f94a2";
    assertFails(G1_INFINITY + G2.substring(0, 128) + yImaginaryPlusP + G2.substring(192));
  }

  @Test
  void perturbZeroPointByOne() {
    assertFails("00".repeat(31) + "01" + "00".repeat(32) + G2);
  }

  @Test
  void oneG1PointInvalidWithG2Zero() {
    assertFails("00".repeat(31) + "11" + "00".repeat(31) + "02" + G2_INFINITY);
  }

  @Test
  void gasIsABasePlusAPricePerPair() {
    Bn128Pairing byzantium = new Bn128Pairing(Bn128Prices.BYZANTIUM);
    assertThat(byzantium.gasRequirement(new byte[0])).isEqualTo(100_000);
    assertThat(byzantium.gasRequirement(new byte[384])).isEqualTo(260_000);
    assertThat(pairing.gasRequirement(new byte[0])).isEqualTo(45_000);
    assertThat(pairing.gasRequirement(new byte[576])).isEqualTo(45_000 + 3 * 34_000);
  }

  private void assertResult(String input, boolean productIsOne) {
    PrecompileResult result = pairing.compute(Hex.decode(input));
    assertThat(result.success()).isTrue();
    byte[] expected = new byte[32];
    expected[31] = (byte) (productIsOne ? 1 : 0);
    assertThat(result.output()).isEqualTo(expected);
  }

  private void assertFails(String input) {
    PrecompileResult result = pairing.compute(Hex.decode(input));
    assertThat(result.success()).isFalse();
    assertThat(result.output()).isEmpty();
  }
}
