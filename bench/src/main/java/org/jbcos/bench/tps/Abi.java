package org.jbcos.bench.tps;

import java.math.BigInteger;
import java.util.List;
import org.fisco.bcos.sdk.abi.FunctionEncoder;
import org.fisco.bcos.sdk.abi.FunctionReturnDecoder;
import org.fisco.bcos.sdk.abi.TypeReference;
import org.fisco.bcos.sdk.abi.datatypes.Function;
import org.fisco.bcos.sdk.abi.datatypes.Type;
import org.fisco.bcos.sdk.abi.datatypes.generated.Int256;
import org.fisco.bcos.sdk.abi.datatypes.generated.Uint256;
import org.fisco.bcos.sdk.crypto.CryptoSuite;

/** The SDK's ABI coding of the workloads' calls (selectors hashed by the chain's suite). */
final class Abi {
  private final FunctionEncoder encoder;

  Abi(CryptoSuite suite) {
    this.encoder = new FunctionEncoder(suite);
  }

  /** Call data of {@code name(args)}. */
  @SuppressWarnings("rawtypes")
  String encode(String name, Type... args) {
    return encoder.encode(new Function(name, List.of(args), List.of()));
  }

  /** The uint256 a call returned. */
  static BigInteger uint256(String output) {
    return ((Uint256) decode(output, new TypeReference<Uint256>() {}).get(0)).getValue();
  }

  /** The int256 code and uint256 value a call returned, in that order. */
  @SuppressWarnings("rawtypes")
  static BigInteger[] int256AndUint256(String output) {
    List<Type> values =
        decode(output, new TypeReference<Int256>() {}, new TypeReference<Uint256>() {});
    return new BigInteger[] {
      ((Int256) values.get(0)).getValue(), ((Uint256) values.get(1)).getValue()
    };
  }

  /** The int256 a transaction or call returned. */
  static BigInteger int256(String output) {
    return ((Int256) decode(output, new TypeReference<Int256>() {}).get(0)).getValue();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Type> decode(String output, TypeReference<?>... types) {
    List<Type> values = FunctionReturnDecoder.decode(output, (List) List.of(types));
    if (values.size() != types.length) {
      throw new IllegalStateException(
          "expected " + types.length + " return value(s), got: " + output);
    }
    return values;
  }
}
