package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jbcos.network.NodeId;
import org.jbcos.node.runtime.NodeRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may join a chain's P2P network: a node whose certificate comes from another chain's CA is
 * refused at the TLS handshake, a blacklisted node by the nodes that list it, while the others
 * connect.
 */
@Timeout(120)
class P2pAdmissionTest {
  @Test
  void foreignCaAndBlacklistedNodesCannotConnect(@TempDir Path dir) throws Exception {
    int base = TestChains.randomBasePort();
    Path chain = TestChains.build(dir.resolve("chain"), "127.0.0.1:4", base, false);
    Path stranger = TestChains.build(dir.resolve("stranger"), "127.0.0.1:1", base + 10, false);
    Path strangerIni = stranger.resolve("127.0.0.1/node0/config.ini");
    // the stranger dials every node of the chain
    String ini = Files.readString(strangerIni, StandardCharsets.UTF_8);
    StringBuilder peers = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      peers.append("    node.").append(i + 1).append("=127.0.0.1:").append(base + i).append('\n');
    }
    Files.writeString(
        strangerIni,
        ini.replaceFirst("(?m)^(\\s*node\\.0=.*\\n)", "$1" + peers),
        StandardCharsets.UTF_8);

    NodeId node3 = nodeId(chain, 3);
    // node0 refuses node3
    Path node0Ini = chain.resolve("127.0.0.1/node0/config.ini");
    Files.writeString(
        node0Ini,
        Files.readString(node0Ini, StandardCharsets.UTF_8)
            .replace(";crl.0=", "crl.0=" + node3.toHex()),
        StandardCharsets.UTF_8);

    List<NodeRuntime> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        nodes.add(NodeRuntime.start(chain.resolve("127.0.0.1/node" + i + "/config.ini")));
      }
      NodeRuntime outsider = NodeRuntime.start(strangerIni);
      nodes.add(outsider);
      NodeId outsiderId = outsider.network().self();

      // node1 and node2 reach everyone of the chain; node0 and node3 each other never
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (System.nanoTime() < deadline
          && !(peersOf(nodes.get(1)).size() == 3 && peersOf(nodes.get(2)).size() == 3)) {
        Thread.sleep(100);
      }
      assertThat(peersOf(nodes.get(1))).hasSize(3);
      assertThat(peersOf(nodes.get(2))).hasSize(3);
      Thread.sleep(3_000); // several reconnect attempts of the refused nodes
      // node0 never keeps node3 (node3 may see node0 for the moment between its handshake and
      // node0 closing the connection: the list is node0's, as in FISCO)
      for (int check = 0; check < 20; check++) {
        assertThat(peersOf(nodes.get(0))).doesNotContain(node3);
        Thread.sleep(50);
      }
      assertThat(peersOf(nodes.get(0))).hasSize(2);
      for (int i = 0; i < 4; i++) {
        assertThat(peersOf(nodes.get(i))).as("node%d", i).doesNotContain(outsiderId);
      }
      assertThat(peersOf(outsider)).isEmpty();
    } finally {
      nodes.forEach(NodeRuntime::close);
    }
  }

  private static List<NodeId> peersOf(NodeRuntime node) {
    return List.copyOf(node.network().p2p().connectedPeers());
  }

  private static NodeId nodeId(Path chain, int i) throws Exception {
    return NodeId.fromHex(
        Files.readString(chain.resolve("127.0.0.1/node" + i + "/conf/node.nodeid")).trim());
  }
}
