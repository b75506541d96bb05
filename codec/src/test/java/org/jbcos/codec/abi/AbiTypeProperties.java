package org.jbcos.codec.abi;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AbiTypeProperties {

  @Provide
  Arbitrary<AbiType> types() {
    return AbiArbitraries.types(4);
  }

  @Property
  void parsingTheCanonicalNameGivesTheSameType(@ForAll("types") AbiType type) {
    assertThat(AbiType.parse(type.canonicalName())).isEqualTo(type);
  }

  @Property
  void parsingToleratesWhitespaceBetweenTokens(@ForAll("types") AbiType type) {
    String spaced =
        type.canonicalName()
            .replace("(", " ( ")
            .replace(")", " ) ")
            .replace(",", " ,\t")
            .replace("[", " [ ")
            .replace("]", " ] ");

    assertThat(AbiType.parse(spaced)).isEqualTo(type);
  }

  @Property
  void staticTypesHaveNoDynamicPart(@ForAll("types") AbiType type) {
    if (type.isDynamic()) {
      assertThat(type.headSize()).isEqualTo(32);
    } else {
      assertThat(type.headSize()).isPositive().isEqualTo(staticSize(type));
    }
  }

  private static int staticSize(AbiType type) {
    if (type instanceof FixedArrayType array) {
      return array.length() * staticSize(array.element());
    }
    if (type instanceof TupleType tuple) {
      return tuple.components().stream().mapToInt(AbiTypeProperties::staticSize).sum();
    }
    return 32;
  }
}
