package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jbcos.node.config.NodeLayout;
import org.jbcos.tools.Main;

/**
 * A node run as its own OS process ({@code java ... org.jbcos.tools.Main node -c config.ini}, what
 * start.sh runs), on the test class path. Output goes to {@code <node dir>/process.out}.
 */
final class NodeProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Path configIni;
  private final Path output;
  private Process process;

  private NodeProcess(Path configIni) {
    this.configIni = configIni;
    this.output = configIni.resolveSibling("process.out");
  }

  /** Starts the node and waits for its started line; fails the test if it does not come. */
  static NodeProcess start(Path configIni) throws IOException, InterruptedException {
    NodeProcess node = new NodeProcess(configIni);
    node.launch();
    return node;
  }

  private void launch() throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path");
    if (classPath == null || classPath.isBlank()) {
      classPath = System.getProperty("java.class.path");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(classPath);
    command.add(Main.class.getName());
    command.add("node");
    command.add("-c");
    command.add(configIni.toString());
    Files.deleteIfExists(output);
    process =
        new ProcessBuilder(command)
            .directory(configIni.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
            .start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!outputText().contains(NodeLayout.STARTED_LINE)) {
      assertThat(process.isAlive()).as("node exited early:\n%s", outputText()).isTrue();
      assertThat(System.nanoTime())
          .as("no started line in %s:\n%s", START_TIMEOUT, outputText())
          .isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  String outputText() {
    try {
      return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(cannot read " + output + ": " + e + ")";
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** SIGTERM, as stop.sh sends; waits for the process to exit. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("node did not stop within 30 s of SIGTERM:\n" + outputText());
    }
  }

  /** SIGKILL: no shutdown hooks, no flush. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Starts the same node again (after {@link #stop} or {@link #kill}). */
  void restart() throws IOException, InterruptedException {
    launch();
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
