package org.jbcos.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SupportedVersionTest {
  @Test
  void parsesAndPrintsReleasesAndCandidates() {
    for (String text : List.of("2.9.0", "2.0.0-rc1", "2.0.0-rc3", "2.10.1")) {
      assertThat(SupportedVersion.parse(text)).hasToString(text);
    }
  }

  @Test
  void ordersCandidatesBeforeTheirRelease() {
    List<SupportedVersion> sorted =
        Stream.of("2.9.0", "2.0.0", "2.0.0-rc2", "2.10.0", "2.0.0-rc1", "2.6.0")
            .map(SupportedVersion::parse)
            .sorted()
            .toList();

    assertThat(sorted)
        .extracting(Object::toString)
        .containsExactly("2.0.0-rc1", "2.0.0-rc2", "2.0.0", "2.6.0", "2.9.0", "2.10.0");
    assertThat(SupportedVersion.V2_9_0.atLeast(SupportedVersion.V2_6_0)).isTrue();
    assertThat(SupportedVersion.V2_0_0_RC1.atLeast(SupportedVersion.parse("2.0.0"))).isFalse();
  }

  @Test
  void rejectsOtherFormats() {
    for (String text : List.of("", "2.9", "v2.9.0", "3.0.0", "2.9.0-beta", "2.9.0 ")) {
      assertThatThrownBy(() -> SupportedVersion.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be a FISCO BCOS 2.x version");
    }
  }
}
