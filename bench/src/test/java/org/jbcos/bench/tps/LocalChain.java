package org.jbcos.bench.tps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jbcos.node.rpc.NodeRpc;
import org.jbcos.node.runtime.NodeRuntime;
import org.jbcos.tools.Main;

/**
 * A chain made by {@code jbcos build-chain -l 127.0.0.1:n} whose nodes run in this JVM, each with
 * its TLS P2P network and its channel port on loopback, for the official SDK.
 */
final class LocalChain implements AutoCloseable {
  private final Path dir;
  private final List<NodeRuntime> nodes = new ArrayList<>();
  private final List<NodeRpc> rpcs = new ArrayList<>();

  private LocalChain(Path dir) {
    this.dir = dir;
  }

  /**
   * Builds an {@code n}-node chain under {@code dir} (SM with {@code sm}), sets {@code [tx_execute]
   * enable_parallel} of group 1 on every node, and starts the nodes and their RPC.
   */
  static LocalChain start(Path dir, int n, boolean sm, boolean parallel)
      throws IOException, InterruptedException {
    int base = 20000 + ThreadLocalRandom.current().nextInt(20000);
    Path out = dir.resolve("nodes");
    List<String> args =
        new ArrayList<>(
            List.of(
                "build-chain",
                "-l",
                "127.0.0.1:" + n,
                "-o",
                out.toString(),
                "-p",
                base + "," + (base + 100) + "," + (base + 200)));
    if (sm) {
      args.add("-g");
    }
    StringWriter err = new StringWriter();
    assertThat(
            Main.commandLine()
                .setErr(new PrintWriter(err, true))
                .execute(args.toArray(String[]::new)))
        .as(err.toString())
        .isZero();
    LocalChain chain = new LocalChain(out.resolve("127.0.0.1"));
    try {
      for (int i = 0; i < n; i++) {
        setEnableParallel(chain.nodeDir(i).resolve("conf/group.1.ini"), parallel);
      }
      for (int i = 0; i < n; i++) {
        chain.nodes.add(NodeRuntime.start(chain.nodeDir(i).resolve("config.ini")));
      }
      for (NodeRuntime node : chain.nodes) {
        chain.rpcs.add(NodeRpc.start(node));
      }
      return chain;
    } catch (RuntimeException | InterruptedException e) {
      chain.close();
      throw e;
    }
  }

  /** Rewrites {@code enable_parallel} in a group ini, failing the test if it has no such key. */
  static void setEnableParallel(Path groupIni, boolean parallel) throws IOException {
    String ini = Files.readString(groupIni, StandardCharsets.UTF_8);
    String edited = ini.replaceAll("(?m)^(\\s*enable_parallel\\s*=\\s*)\\S+", "$1" + parallel);
    assertThat(edited)
        .as(groupIni + " sets enable_parallel")
        .contains("enable_parallel=" + parallel);
    Files.writeString(groupIni, edited, StandardCharsets.UTF_8);
  }

  private Path nodeDir(int i) {
    return dir.resolve("node" + i);
  }

  List<NodeRuntime> nodes() {
    return nodes;
  }

  /** The SDK certificates of the chain. */
  Path sdkDir() {
    return dir.resolve("sdk");
  }

  /** Every node's channel port as {@code --peers} takes them. */
  String peers() {
    return rpcs.stream().map(r -> "127.0.0.1:" + r.channelPort()).collect(Collectors.joining(","));
  }

  @Override
  public void close() {
    for (NodeRpc rpc : rpcs) {
      rpc.close();
    }
    for (NodeRuntime node : nodes) {
      node.close();
    }
  }
}
