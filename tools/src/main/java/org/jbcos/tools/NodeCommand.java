package org.jbcos.tools;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jbcos.node.config.ConfigException;
import org.jbcos.node.config.LoadedConfig;
import org.jbcos.node.config.NodeConfigLoader;
import org.jbcos.node.config.NodeLayout;
import org.jbcos.node.rpc.NodeRpc;
import org.jbcos.node.runtime.NodeRuntime;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jbcos node -c config.ini}: runs a node until SIGTERM (what start.sh runs). */
@Command(
    name = "node",
    description = {
      "Run a node from its config.ini (FISCO BCOS 2.x format) until SIGTERM or Ctrl-C.",
      "Every group under [group] group_config_path is started; once all are up the node prints a"
          + " line starting with '"
          + NodeLayout.STARTED_LINE
          + "', which start.sh waits for.",
      "Status: each group seals with the one-node sealer (PBFT is not wired in yet); JSON-RPC"
          + " (HTTP) and the SDK channel (TLS, RSA channel certificates) serve the FISCO 2.x API."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped by a signal", "1:bad configuration or start failure"})
final class NodeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-c", "--config"},
      defaultValue = "config.ini",
      description = "The node's config.ini (default: ${DEFAULT-VALUE}).")
  Path config;

  @Override
  public Integer call() throws InterruptedException {
    NodeRuntime node;
    NodeRpc rpc;
    try {
      LoadedConfig loaded = NodeConfigLoader.load(config.toAbsolutePath());
      NodeLogging.quietJavaUtilLogging();
      NodeLogging.configure(loaded.logDir(), loaded.node().log());
      node = NodeRuntime.start(config.toAbsolutePath());
    } catch (ConfigException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return 1;
    }
    try {
      rpc = NodeRpc.start(node);
    } catch (RuntimeException e) {
      node.close();
      spec.commandLine().getErr().println("error: cannot start the RPC servers: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  rpc.close();
                  node.close();
                  stopped.countDown();
                },
                "shutdown"));
    spec.commandLine()
        .getOut()
        .println(
            NodeLayout.STARTED_LINE
                + " (node id "
                + node.nodeKey().publicKeyHex()
                + ", groups "
                + node.groups().keySet()
                + ", channel port "
                + rpc.channelPort()
                + ", JSON-RPC port "
                + rpc.httpPort()
                + ")");
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }
}
