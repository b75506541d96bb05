package org.jbcos.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jbcos down}: stops the local chain that {@code jbcos up} started. */
@Command(
    name = "down",
    description = "Stop every node of the local chain in ./nodes (the chain and its data stay).")
final class DownCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "nodes",
      description = "The chain directory (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("error: no chain in " + dir.toAbsolutePath());
      return 1;
    }
    List<Path> hosts = ChainScripts.hostDirs(dir, "stop_all.sh");
    int status = 0;
    for (Path host : hosts) {
      status |= ChainScripts.run(host.resolve("stop_all.sh"));
    }
    return status == 0 ? 0 : 1;
  }
}
