package org.jbcos.codec.abi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Hex;

/**
 * A contract function: its canonical signature, its 4-byte selector under the chain's hash
 * (Keccak-256 on ECDSA chains, SM3 on SM chains), and the encoding of its calls and results.
 */
public final class AbiFunction {
  public static final int SELECTOR_LENGTH = 4;

  private final String name;
  private final List<AbiType> inputs;
  private final List<AbiType> outputs;
  private final String signature;
  private final byte[] selector;

  private AbiFunction(String name, List<AbiType> inputs, List<AbiType> outputs, HashFunction hash) {
    if (!AbiTypeParser.isIdentifier(name)) {
      throw new AbiException("'" + name + "' is not a valid function name");
    }
    this.name = name;
    this.inputs = List.copyOf(inputs);
    this.outputs = List.copyOf(outputs);
    this.signature = name + AbiEncoder.describe(this.inputs);
    this.selector =
        Arrays.copyOf(hash.hash(signature.getBytes(StandardCharsets.UTF_8)), SELECTOR_LENGTH);
  }

  /**
   * Parses {@code name(T1,T2,...)}, optionally followed by {@code returns (U1,...)}, for example
   * {@code "balanceOf(address) returns (uint256)"}. Aliases and whitespace are accepted; the
   * selector is computed from the canonical form.
   */
  public static AbiFunction parse(String signature, HashFunction hash) {
    AbiTypeParser.Signature parsed = AbiTypeParser.parseSignature(signature, false);
    List<AbiType> inputs = parsed.parameters().stream().map(AbiEvent.Parameter::type).toList();
    return new AbiFunction(parsed.name(), inputs, parsed.outputs(), hash);
  }

  public static AbiFunction of(
      String name, List<AbiType> inputs, List<AbiType> outputs, HashFunction hash) {
    return new AbiFunction(name, inputs, outputs, Objects.requireNonNull(hash, "hash"));
  }

  public String name() {
    return name;
  }

  public List<AbiType> inputs() {
    return inputs;
  }

  public List<AbiType> outputs() {
    return outputs;
  }

  /**
   * The canonical signature the selector is the hash of, e.g. {@code transfer(address,uint256)}.
   */
  public String signature() {
    return signature;
  }

  /** The first 4 bytes of the hash of {@link #signature()}. */
  public byte[] selector() {
    return selector.clone();
  }

  /** Whether {@code calldata} starts with this function's selector. */
  public boolean matches(byte[] calldata) {
    return calldata.length >= SELECTOR_LENGTH
        && Arrays.equals(selector, 0, SELECTOR_LENGTH, calldata, 0, SELECTOR_LENGTH);
  }

  /** The selector followed by the encoded arguments. */
  public byte[] encodeCall(Object... arguments) {
    byte[] encoded = AbiEncoder.encode(inputs, Arrays.asList(arguments), "argument");
    byte[] call = new byte[SELECTOR_LENGTH + encoded.length];
    System.arraycopy(selector, 0, call, 0, SELECTOR_LENGTH);
    System.arraycopy(encoded, 0, call, SELECTOR_LENGTH, encoded.length);
    return call;
  }

  /**
   * The arguments of a call to this function.
   *
   * @throws AbiException if the selector differs or the arguments are not a valid encoding (byte
   *     offsets in the message count the selector)
   */
  public List<Object> decodeInput(byte[] calldata) {
    if (calldata.length < SELECTOR_LENGTH) {
      throw new AbiException(
          "calldata of " + calldata.length + " bytes is too short to hold a 4-byte selector");
    }
    if (!matches(calldata)) {
      throw new AbiException(
          "calldata selector "
              + Hex.encodePrefixed(Arrays.copyOf(calldata, SELECTOR_LENGTH))
              + " is not the selector "
              + Hex.encodePrefixed(selector)
              + " of "
              + signature);
    }
    return AbiDecoder.decode(inputs, calldata, SELECTOR_LENGTH, calldata.length - SELECTOR_LENGTH);
  }

  /** The encoded return values, as the contract (or a precompiled contract) returns them. */
  public byte[] encodeOutput(Object... values) {
    return AbiEncoder.encode(outputs, Arrays.asList(values), "output");
  }

  public List<Object> decodeOutput(byte[] returnData) {
    return AbiCodec.decode(outputs, returnData);
  }

  @Override
  public String toString() {
    return outputs.isEmpty() ? signature : signature + " returns " + AbiEncoder.describe(outputs);
  }
}
