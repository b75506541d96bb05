package org.jbcos.codec.abi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Hex;

/**
 * A contract event: its signature, its topic 0 (the full hash of the signature under the chain's
 * hash) and the decoding of its logs. Indexed parameters live in topics 1 to 3; the others are
 * ABI-encoded together in the log data.
 */
public final class AbiEvent {
  /** An event parameter and whether it is indexed (stored in a topic rather than the data). */
  public record Parameter(AbiType type, boolean indexed) {
    public Parameter {
      Objects.requireNonNull(type, "type");
    }
  }

  private static final int MAX_INDEXED = 3;

  private final String name;
  private final List<Parameter> parameters;
  private final List<AbiType> dataTypes;
  private final String signature;
  private final byte[] topic0;

  private AbiEvent(String name, List<Parameter> parameters, HashFunction hash) {
    if (!AbiTypeParser.isIdentifier(name)) {
      throw new AbiException("'" + name + "' is not a valid event name");
    }
    this.name = name;
    this.parameters = List.copyOf(parameters);
    List<AbiType> all = this.parameters.stream().map(Parameter::type).toList();
    this.dataTypes =
        this.parameters.stream().filter(p -> !p.indexed()).map(Parameter::type).toList();
    if (all.size() - dataTypes.size() > MAX_INDEXED) {
      throw new AbiException("event " + name + " has more than 3 indexed parameters");
    }
    this.signature = name + AbiEncoder.describe(all);
    this.topic0 = hash.hash(signature.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses e.g. {@code "Transfer(address indexed,address indexed,uint256)"}. */
  public static AbiEvent parse(String signature, HashFunction hash) {
    AbiTypeParser.Signature parsed = AbiTypeParser.parseSignature(signature, true);
    return new AbiEvent(parsed.name(), parsed.parameters(), hash);
  }

  public static AbiEvent of(String name, List<Parameter> parameters, HashFunction hash) {
    return new AbiEvent(name, parameters, Objects.requireNonNull(hash, "hash"));
  }

  public String name() {
    return name;
  }

  public List<Parameter> parameters() {
    return parameters;
  }

  /** The types of the non-indexed parameters, in order: what the log data encodes. */
  public List<AbiType> dataTypes() {
    return dataTypes;
  }

  /** The canonical signature, without "indexed", e.g. {@code Transfer(address,address,uint256)}. */
  public String signature() {
    return signature;
  }

  /** The 32-byte hash of {@link #signature()}, the first topic of every log of this event. */
  public byte[] topic0() {
    return topic0.clone();
  }

  /** The values of the non-indexed parameters. */
  public List<Object> decodeData(byte[] data) {
    return AbiCodec.decode(dataTypes, data);
  }

  /**
   * All parameter values in declaration order. Indexed parameters of value types (integers,
   * address, bool, fixed bytes) are decoded from their topic; the topic of any other indexed type
   * is only the hash of its encoding, returned as the 32-byte array.
   *
   * @param topics all topics of the log, starting with {@link #topic0()}
   * @throws AbiException if the topics do not belong to this event or anything fails to decode
   */
  public List<Object> decode(List<byte[]> topics, byte[] data) {
    int indexedCount = parameters.size() - dataTypes.size();
    if (topics.size() != 1 + indexedCount) {
      throw new AbiException(
          signature + " logs have " + (1 + indexedCount) + " topics, got " + topics.size());
    }
    if (!Arrays.equals(topics.get(0), topic0)) {
      throw new AbiException(
          "topic 0 " + Hex.encodePrefixed(topics.get(0)) + " is not the topic of " + signature);
    }
    List<Object> dataValues = decodeData(data);
    List<Object> values = new ArrayList<>(parameters.size());
    int nextTopic = 1;
    int nextData = 0;
    for (Parameter parameter : parameters) {
      if (parameter.indexed()) {
        values.add(topicValue(parameter.type(), topics.get(nextTopic), nextTopic));
        nextTopic++;
      } else {
        values.add(dataValues.get(nextData++));
      }
    }
    return List.copyOf(values);
  }

  private static Object topicValue(AbiType type, byte[] topic, int index) {
    if (topic.length != AbiType.WORD) {
      throw new AbiException("topic " + index + " has " + topic.length + " bytes instead of 32");
    }
    boolean valueType =
        type instanceof UintType
            || type instanceof IntType
            || type instanceof AddressType
            || type instanceof BoolType
            || type instanceof FixedBytesType;
    return valueType ? AbiCodec.decode(List.of(type), topic).get(0) : topic.clone();
  }

  @Override
  public String toString() {
    return signature;
  }
}
