package org.jbcos.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jbcos.node.config.ConfigException;
import org.jbcos.node.config.LoadedConfig;
import org.jbcos.node.config.NodeConfigLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jbcos up}: makes a local chain if there is none, starts it and says how to use it. */
@Command(
    name = "up",
    description = {
      "Create a local chain in ./nodes if there is none (jbcos build-chain -l 127.0.0.1:4: four"
          + " PBFT sealers in group 1), start"
          + " every node in it, and print how to connect the FISCO BCOS Java SDK.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the chain is running", "1:a node failed to start"})
final class UpCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "nodes",
      description = "The chain directory (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      out.println("No chain in " + dir.toAbsolutePath() + ": creating a 4-node chain.");
      int built =
          Main.commandLine()
              .setOut(out)
              .setErr(err)
              .execute("build-chain", "-l", "127.0.0.1:4", "-o", dir.toString());
      if (built != 0) {
        return built;
      }
    }
    List<Path> hosts = ChainScripts.hostDirs(dir, "start_all.sh");
    if (hosts.isEmpty()) {
      err.println("error: " + dir.toAbsolutePath() + " holds no <ip>/start_all.sh: not a chain");
      return 1;
    }
    for (Path host : hosts) {
      if (ChainScripts.run(host.resolve("start_all.sh")) != 0) {
        err.println("error: a node under " + host + " did not start; see its nohup.out and log/");
        return 1;
      }
    }
    out.println();
    out.println("The chain is running:");
    for (Path host : hosts) {
      try (Stream<Path> nodes = Files.list(host)) {
        for (Path node :
            nodes.filter(p -> Files.isRegularFile(p.resolve("config.ini"))).sorted().toList()) {
          describe(out, host, node);
        }
      }
    }
    out.println(
        "Stop it with: ./jbcos down" + ("nodes".equals(dir.toString()) ? "" : " -o " + dir));
    out.flush();
    return 0;
  }

  private static void describe(PrintWriter out, Path host, Path node) {
    try {
      LoadedConfig c = NodeConfigLoader.load(node.resolve("config.ini"));
      var rpc = c.node().rpc();
      out.printf(
          "  %s: channel %s:%d (SDK), JSON-RPC http://%s:%d, groups %s%n",
          node.getFileName(),
          rpc.channelListenIp(),
          rpc.channelListenPort(),
          rpc.jsonrpcListenIp(),
          rpc.jsonrpcListenPort(),
          c.groups().keySet());
      if (node.getFileName().toString().equals("node0")) {
        out.printf(
            "  SDK config.toml: [cryptoMaterial] certPath = \"%s\"  [network] peers ="
                + " [\"127.0.0.1:%d\", ...] (any or all of the channel ports)%n",
            host.resolve("sdk").toAbsolutePath(), rpc.channelListenPort());
      }
    } catch (ConfigException e) {
      out.println("  " + node.getFileName() + ": " + e.getMessage());
    }
  }
}
