package org.jbcos.codec.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressTest {

  @Test
  void parsesAnyCaseAndPrintsLowercase() {
    Address address = Address.fromHex("0x5B38Da6a701c568545dCfcB03FcB875f56beddC4");

    assertThat(address.toHex()).isEqualTo("0x5b38da6a701c568545dcfcb03fcb875f56beddc4");
    assertThat(address).hasToString(address.toHex());
    assertThat(Address.fromHex("5b38da6a701c568545dcfcb03fcb875f56beddc4")).isEqualTo(address);
  }

  @Test
  void equalityIsByContent() {
    Address a = new Address(new byte[20]);

    assertThat(a).isEqualTo(Address.ZERO).hasSameHashCodeAs(Address.ZERO);
    assertThat(a).isNotEqualTo(Address.fromHex("0x" + "00".repeat(19) + "01"));
  }

  @Test
  void isImmutable() {
    byte[] raw = new byte[20];
    Address address = new Address(raw);
    raw[0] = 1;
    address.bytes()[1] = 1;

    assertThat(address).isEqualTo(Address.ZERO);
  }

  @Test
  void rejectsWrongLengthsAndNonHex() {
    assertThatThrownBy(() -> new Address(new byte[19]))
        .isInstanceOf(AbiException.class)
        .hasMessage("an address has 20 bytes, got 19");
    assertThatThrownBy(() -> Address.fromHex("0x1234"))
        .isInstanceOf(AbiException.class)
        .hasMessage("an address has 40 hex digits, got 4 in '0x1234'");
    assertThatThrownBy(() -> Address.fromHex("0x" + "zz".repeat(20)))
        .isInstanceOf(AbiException.class)
        .hasMessageStartingWith("invalid address");
  }
}
