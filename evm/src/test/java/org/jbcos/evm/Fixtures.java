package org.jbcos.evm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds ../shared/fixtures/ethereum-tests from wherever the tests run. */
final class Fixtures {
  private Fixtures() {}

  static Optional<Path> ethereumTests() {
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 6 && dir != null; i++) {
      Path candidate = dir.resolve("shared/fixtures/ethereum-tests");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      candidate = dir.resolveSibling("shared").resolve("fixtures/ethereum-tests");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }
}
