package org.jbcos.tools.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ConstantinopleFix post-state of the Ethereum GeneralStateTests, one dynamic test each,
 * grouped by folder and file. The slow folders run only with {@code -Djbcos.slowStateTests=true}.
 * Every case must pass: there is no list of tolerated failures.
 */
class GeneralStateTestsTest {
  static final String SLOW_PROPERTY = "jbcos.slowStateTests";

  private static final Set<String> SLOW_FOLDERS =
      Set.of("stTimeConsuming", "stQuadraticComplexityTest", "stMemoryStressTest");

  private final StateTestLoader loader = new StateTestLoader();
  private Path root;
  private final StateTestRunner runner = new StateTestRunner();

  @TestFactory
  Stream<DynamicNode> generalStateTests() throws IOException {
    root = StateFixtures.generalStateTests().orElse(null);
    Assumptions.assumeTrue(root != null, "shared/fixtures/ethereum-tests not found");
    boolean slow = Boolean.getBoolean(SLOW_PROPERTY);
    return sortedChildren(root, Files::isDirectory).stream()
        .filter(folder -> slow || !SLOW_FOLDERS.contains(folder.getFileName().toString()))
        .map(this::folder);
  }

  private DynamicNode folder(Path folder) {
    try {
      List<Path> files = sortedChildren(folder, p -> p.getFileName().toString().endsWith(".json"));
      return DynamicContainer.dynamicContainer(
          folder.getFileName().toString(), folder.toUri(), files.stream().map(this::file));
    } catch (IOException e) {
      return DynamicTest.dynamicTest(
          folder.getFileName().toString(), () -> fail("cannot list " + folder + ": " + e));
    }
  }

  /** Loaded only when JUnit reaches the file, so memory holds one file's tests at a time. */
  private DynamicNode file(Path file) {
    return DynamicContainer.dynamicContainer(
        file.getFileName().toString(), file.toUri(), Stream.of(file).flatMap(this::cases));
  }

  private Stream<DynamicNode> cases(Path file) {
    List<StateTest> tests;
    try {
      tests = loader.load(file);
    } catch (StateTestFormatException e) {
      return Stream.of(DynamicTest.dynamicTest("parse", () -> fail(e.getMessage())));
    }
    return tests.stream()
        .flatMap(
            test ->
                runner.expectations(test).stream()
                    .map(
                        expected ->
                            DynamicTest.dynamicTest(
                                test.name() + " " + expected.indexes(),
                                () -> {
                                  CaseResult result = runner.run(test, expected);
                                  assertThat(result.passed()).as(result.describe()).isTrue();
                                })));
  }

  private static List<Path> sortedChildren(Path dir, java.util.function.Predicate<Path> keep)
      throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(keep).sorted().toList();
    }
  }
}
