package org.jbcos.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the start/stop scripts that build-chain writes under each {@code <ip>/} directory. */
final class ChainScripts {
  private ChainScripts() {}

  static List<Path> hostDirs(Path chain, String script) throws IOException {
    try (Stream<Path> children = Files.list(chain)) {
      return children.filter(p -> Files.isRegularFile(p.resolve(script))).sorted().toList();
    }
  }

  /** Runs the script with bash, its output going to ours; returns its exit code. */
  static int run(Path script) throws IOException, InterruptedException {
    return new ProcessBuilder("bash", script.toString()).inheritIO().start().waitFor();
  }
}
