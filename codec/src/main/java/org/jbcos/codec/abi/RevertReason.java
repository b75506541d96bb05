package org.jbcos.codec.abi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jbcos.crypto.HashFunction;

/**
 * The {@code Error(string)} output of a reverted call: selector 0x08c379a0 with Keccak-256,
 * 0xc703cb12 with SM3, followed by the encoded message.
 */
public final class RevertReason {
  private static final Map<HashFunction, AbiFunction> ERROR_BY_HASH = new ConcurrentHashMap<>();

  private RevertReason() {}

  /** The function {@code Error(string)} whose call encoding is a revert reason. */
  public static AbiFunction errorFunction(HashFunction hash) {
    return ERROR_BY_HASH.computeIfAbsent(
        hash, h -> AbiFunction.of("Error", List.of(AbiType.STRING), List.of(), h));
  }

  /** The message if {@code output} is a well-formed {@code Error(string)}, otherwise empty. */
  public static Optional<String> decode(byte[] output, HashFunction hash) {
    AbiFunction error = errorFunction(hash);
    if (!error.matches(output)) {
      return Optional.empty();
    }
    try {
      return Optional.of((String) error.decodeInput(output).get(0));
    } catch (AbiException e) {
      return Optional.empty();
    }
  }

  /** The revert output carrying {@code message}. */
  public static byte[] encode(String message, HashFunction hash) {
    return errorFunction(hash).encodeCall(message);
  }
}
