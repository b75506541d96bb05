package org.jbcos.network.tls;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jbcos.network.NodeId;
import org.jbcos.network.P2pSettings;

/** Settings helpers for loopback test nodes with short timers. */
final class Cluster {
  private Cluster() {}

  static P2pSettings settings(int port, List<Integer> peerPorts) {
    List<InetSocketAddress> peers =
        peerPorts.stream().map(p -> new InetSocketAddress("127.0.0.1", p)).toList();
    Path unused = Path.of("unused");
    return P2pSettings.of(new InetSocketAddress("127.0.0.1", port), peers, unused, unused, unused)
        .withTimings(
            Duration.ofMillis(300),
            Duration.ofMillis(1500),
            Duration.ofMillis(100),
            Duration.ofMillis(400));
  }

  static P2pSettings settings(
      int port, List<Integer> peerPorts, Set<NodeId> black, Set<NodeId> white) {
    return settings(port, peerPorts).withAdmission(black, white);
  }
}
