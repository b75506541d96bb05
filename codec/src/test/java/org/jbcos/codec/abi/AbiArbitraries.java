package org.jbcos.codec.abi;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of ABI types (bounded nesting) and of values matching a type. */
final class AbiArbitraries {
  /** A type list and values for it. */
  record Case(List<AbiType> types, List<Object> values) {
    @Override
    public String toString() {
      return AbiEncoder.describe(types) + " " + TestValues.comparable(values);
    }
  }

  private AbiArbitraries() {}

  static Arbitrary<AbiType> elementaryTypes() {
    Arbitrary<Integer> bits = Arbitraries.integers().between(1, 32).map(n -> n * 8);
    return Arbitraries.oneOf(
        bits.map(UintType::new),
        bits.map(IntType::new),
        Arbitraries.just(AbiType.ADDRESS),
        Arbitraries.just(AbiType.BOOL),
        Arbitraries.integers().between(1, 32).map(FixedBytesType::new),
        Arbitraries.just(AbiType.BYTES),
        Arbitraries.just(AbiType.STRING));
  }

  static Arbitrary<AbiType> types(int depth) {
    if (depth == 0) {
      return elementaryTypes();
    }
    Arbitrary<AbiType> inner = Arbitraries.lazy(() -> types(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(4, elementaryTypes()),
        Tuple.of(1, inner.map(ArrayType::new)),
        Tuple.of(
            1,
            Combinators.combine(inner, Arbitraries.integers().between(1, 3))
                .as(FixedArrayType::new)),
        Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(3).map(TupleType::new)));
  }

  static Arbitrary<List<AbiType>> typeLists() {
    return types(3).list().ofMaxSize(4);
  }

  static Arbitrary<Case> cases() {
    return typeLists().flatMap(types -> tupleValues(types).map(values -> new Case(types, values)));
  }

  static Arbitrary<List<Object>> tupleValues(List<AbiType> types) {
    List<Arbitrary<Object>> components = new ArrayList<>();
    for (AbiType type : types) {
      components.add(values(type));
    }
    return Combinators.combine(components).as(List::copyOf);
  }

  static Arbitrary<Object> values(AbiType type) {
    if (type instanceof UintType uint) {
      BigInteger max = BigInteger.ONE.shiftLeft(uint.bits()).subtract(BigInteger.ONE);
      return Arbitraries.bigIntegers().between(BigInteger.ZERO, max).map(v -> v);
    }
    if (type instanceof IntType sint) {
      BigInteger half = BigInteger.ONE.shiftLeft(sint.bits() - 1);
      return Arbitraries.bigIntegers()
          .between(half.negate(), half.subtract(BigInteger.ONE))
          .map(v -> v);
    }
    if (type instanceof AddressType) {
      return bytes(Address.LENGTH, Address.LENGTH).map(Address::new);
    }
    if (type instanceof BoolType) {
      return Arbitraries.of(true, false).map(v -> v);
    }
    if (type instanceof FixedBytesType fixed) {
      return bytes(fixed.size(), fixed.size()).map(v -> v);
    }
    if (type instanceof BytesType) {
      return bytes(0, 70).map(v -> v);
    }
    if (type instanceof StringType) {
      return strings().map(v -> v);
    }
    if (type instanceof ArrayType array) {
      return values(array.element()).list().ofMaxSize(3).map(List::<Object>copyOf);
    }
    if (type instanceof FixedArrayType array) {
      return values(array.element()).list().ofSize(array.length()).map(List::<Object>copyOf);
    }
    if (type instanceof TupleType tuple) {
      return tupleValues(tuple.components()).map(v -> v);
    }
    throw new IllegalArgumentException(type.toString());
  }

  static Arbitrary<byte[]> bytes(int minSize, int maxSize) {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(minSize).ofMaxSize(maxSize);
  }

  /** Valid Unicode (no lone surrogates), mixing ASCII, 2-, 3- and 4-byte UTF-8. */
  static Arbitrary<String> strings() {
    Arbitrary<Integer> codePoint =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.integers().between(0, 0x7f)),
            Tuple.of(2, Arbitraries.integers().between(0x80, 0x7ff)),
            Tuple.of(
                2,
                Arbitraries.integers()
                    .between(0x800, 0xffff)
                    .filter(c -> !Character.isSurrogate((char) c.intValue()))),
            Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10ffff)));
    return codePoint
        .list()
        .ofMaxSize(40)
        .map(
            points -> {
              StringBuilder sb = new StringBuilder();
              points.forEach(sb::appendCodePoint);
              return sb.toString();
            });
  }

  /**
   * Byte strings that look like encodings: words that are mostly small numbers (plausible offsets
   * and lengths), with some all-ones and random words, and sometimes a ragged end.
   */
  static Arbitrary<byte[]> wordyGarbage() {
    Arbitrary<byte[]> word =
        Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.integers()
                    .between(0, 0x200)
                    .map(n -> TestValues.hex(TestValues.word(n)))),
            Tuple.of(1, Arbitraries.just(TestValues.hex("ff".repeat(32)))),
            Tuple.of(2, bytes(32, 32)));
    Arbitrary<byte[]> ragged = bytes(0, 40);
    return Combinators.combine(word.list().ofMaxSize(24), ragged, Arbitraries.of(true, false))
        .as(
            (words, tail, addTail) -> {
              int length = words.size() * 32 + (addTail ? tail.length : 0);
              byte[] out = new byte[length];
              for (int i = 0; i < words.size(); i++) {
                System.arraycopy(words.get(i), 0, out, 32 * i, 32);
              }
              if (addTail) {
                System.arraycopy(tail, 0, out, words.size() * 32, tail.length);
              }
              return out;
            });
  }
}
