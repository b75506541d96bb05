package org.jbcos.executor.precompiled;

import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.codec.abi.Address;
import org.jbcos.crypto.Keccak256;

/**
 * ABI encodings of the values system contracts return where the type varies by outcome (CRUD's
 * {@code select} returns a JSON string, or a code word when the table does not exist).
 */
final class Outputs {
  // only the output types matter here; the hash behind the unused selectors is irrelevant
  private static final AbiFunction STRING =
      AbiFunction.parse("f() returns (string)", Keccak256.INSTANCE);
  private static final AbiFunction TWO_STRINGS =
      AbiFunction.parse("f() returns (string,string)", Keccak256.INSTANCE);

  private Outputs() {}

  static byte[] address(Address value) {
    byte[] word = new byte[32];
    System.arraycopy(value.bytes(), 0, word, 12, Address.LENGTH);
    return word;
  }

  static byte[] string(String value) {
    return STRING.encodeOutput(value);
  }

  static byte[] strings(String first, String second) {
    return TWO_STRINGS.encodeOutput(first, second);
  }
}
