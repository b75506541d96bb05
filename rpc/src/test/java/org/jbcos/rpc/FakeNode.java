package org.jbcos.rpc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.rpc.backend.ClientVersion;
import org.jbcos.rpc.backend.GroupBackend;
import org.jbcos.rpc.backend.NodeBackend;
import org.jbcos.rpc.backend.PeerInfo;

/** A node running the fake groups it is given. */
public final class FakeNode implements NodeBackend {
  private final boolean sm;
  private final Map<Integer, FakeGroup> groups = new TreeMap<>();

  public FakeNode(boolean sm, int... groupIds) {
    this.sm = sm;
    for (int g : groupIds) {
      groups.put(g, new FakeGroup(g, CryptoSuite.of(sm)));
    }
  }

  public FakeGroup fake(int groupId) {
    return groups.get(groupId);
  }

  @Override
  public ClientVersion clientVersion() {
    return ClientVersion.of(sm, 1, "JBCOS test", "2026-01-01", "0000000");
  }

  @Override
  public List<Integer> groupIds() {
    return List.copyOf(groups.keySet());
  }

  @Override
  public Optional<GroupBackend> group(int groupId) {
    return Optional.ofNullable(groups.get(groupId));
  }

  @Override
  public PeerInfo nodeInfo() {
    return new PeerInfo(
        "agency",
        "127.0.0.1:30300",
        "node0",
        groups.values().iterator().next().sealerId(),
        List.of());
  }
}
