package org.jbcos.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import org.jbcos.crypto.Hex;
import org.junit.jupiter.api.Test;

class Bn128AddTest {
  static final String G1 =
      "0000000000000000000000000000000000000000000000000000000000000001"
          + "0000000000000000000000000000000000000000000000000000000000000002";
  static final String TWO_G1 =
      "030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd3"
          + "15ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4";
  static final String MINUS_G1 =
      "0000000000000000000000000000000000000000000000000000000000000001"
          + "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd45";
  static final String INFINITY = "00".repeat(64);
  static final String FIELD_MODULUS =
      "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47";

  private final Bn128Add add = new Bn128Add(Bn128Prices.ISTANBUL);

  @Test
  void eip196GeneratorPlusItself() {
    assertOutput(G1 + G1, TWO_G1);
  }

  @Test
  void sevenGPlusElevenG() {
    String sevenG =
        "17072b2ed3bb8d759a5325f477629386cb6fc6ecb801bd76983a6b86abffe078"
            + "168ada6cd130dd52017bb54bfa19377aadfe3bf05d18f41b77809f7f60d4af9e";
    String elevenG =
        "2a14705537b009189da8808651eecdb82482477fe92ac12ca8b71f80fc3d49ef"
            + "2df7ee7f243ea8b38e1ddf14029258877a618c779fd4717db6177e19ea67ec38";
    String eighteenG =
        "2dbc7ba68f840c758c76373cd37b2cd78d6b02bee047cf401e8db90d73ce56f7"
            + "062800987ee0dae9f9f36e1f050eb2621cbb4aa7c50b1c168ecc319370889de2";
    assertOutput(sevenG + elevenG, eighteenG);
    assertOutput(elevenG + sevenG, eighteenG);
  }

  @Test
  void infinityIsTheIdentityAndAPointPlusItsNegationIsInfinity() {
    assertOutput(INFINITY + G1, G1);
    assertOutput(G1 + INFINITY, G1);
    assertOutput(INFINITY + INFINITY, INFINITY);
    assertOutput(G1 + MINUS_G1, INFINITY);
  }

  @Test
  void shortInputIsRightPaddedWithZeros() {
    assertOutput("", INFINITY);
    assertOutput(G1, G1);
    assertOutput(G1 + "00".repeat(16), G1);
  }

  @Test
  void longerInputIsIgnoredBeyond128Bytes() {
    assertOutput(G1 + G1 + "ff".repeat(64), TWO_G1);
  }

  @Test
  void aPointOffTheCurveFails() {
    String oneThree =
        "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000003";
    assertFails(oneThree + G1);
    assertFails(G1 + oneThree);
    // (0, 3) is not the point at infinity
    assertFails("00".repeat(32) + "00".repeat(31) + "03" + G1);
  }

  @Test
  void aCoordinateNotBelowTheFieldModulusFails() {
    // (p + 1, 2) would be G1 reduced mod p
    String pPlusOne = "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd48";
    assertFails(pPlusOne + G1.substring(64) + G1);
    assertFails(G1 + "00".repeat(31) + "01" + FIELD_MODULUS);
  }

  @Test
  void gasDependsOnThePriceSet() {
    assertThat(new Bn128Add(Bn128Prices.BYZANTIUM).gasRequirement(new byte[128])).isEqualTo(500);
    assertThat(add.gasRequirement(new byte[128])).isEqualTo(150);
  }

  private void assertOutput(String input, String expected) {
    PrecompileResult result = add.compute(Hex.decode(input));
    assertThat(result.success()).isTrue();
    assertThat(Hex.encode(result.output())).isEqualTo(expected);
  }

  private void assertFails(String input) {
    PrecompileResult result = add.compute(Hex.decode(input));
    assertThat(result.success()).isFalse();
    assertThat(result.output()).isEmpty();
  }
}
