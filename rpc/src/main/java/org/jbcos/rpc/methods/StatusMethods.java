package org.jbcos.rpc.methods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.JsonHex;
import org.jbcos.rpc.MethodCatalogue;
import org.jbcos.rpc.RpcErrors;
import org.jbcos.rpc.RpcException;
import org.jbcos.rpc.backend.ConsensusStatus;
import org.jbcos.rpc.backend.SyncStatus;

/** Consensus and sync status of a group. */
final class StatusMethods {
  private StatusMethods() {}

  static void register(MethodCatalogue.Builder b) {
    b.group(
        "getPbftView",
        (p, g, c) -> {
          var view = g.consensus().pbftView();
          if (view.isEmpty()) {
            throw RpcErrors.noView();
          }
          return JsonHex.quantity(view.getAsLong());
        });
    b.group("getConsensusStatus", (p, g, c) -> consensus(g.consensus().status()));
    b.group("getSyncStatus", (p, g, c) -> sync(g.syncStatus()));
    b.group("getGroupPeers", (p, g, c) -> g.consensus().groupPeers());
    b.group(
        "getEpochSealersList",
        (p, g, c) -> {
          throw new RpcException(
              RpcErrors.NOT_IN_GROUP, "getEpochSealersList is only supported by rpbft consensus");
        });
  }

  /** FISCO's array: [base info, views] for PBFT, [base info + leader] for Raft. */
  static List<Object> consensus(ConsensusStatus s) {
    Map<String, Object> info = new TreeMap<>();
    info.put("accountType", s.sealer() ? 1 : 0);
    info.put("allowFutureBlocks", s.allowFutureBlocks());
    info.put("cfgErr", s.cfgErr());
    info.put("consensusedBlockNumber", s.consensusedBlockNumber());
    info.put("groupId", s.groupId());
    info.put("highestblockHash", JsonHex.bytes(s.highestBlockHash()));
    info.put("highestblockNumber", s.highestBlockNumber());
    info.put("max_faulty_leader", s.maxFaultyLeader());
    info.put("nodeId", s.nodeId());
    info.put("nodeNum", s.sealers().size());
    info.put("node_index", s.nodeIndex());
    info.put("omitEmptyBlock", s.omitEmptyBlock());
    info.put("protocolId", s.protocolId());
    for (int i = 0; i < s.sealers().size(); i++) {
      info.put("sealer." + i, s.sealers().get(i));
    }
    List<Object> out = new ArrayList<>();
    out.add(info);
    s.raft()
        .ifPresent(
            raft -> {
              info.put("leaderId", raft.leaderId());
              info.put("leaderIdx", raft.leaderIdx());
            });
    s.pbft()
        .ifPresent(
            pbft -> {
              info.put("connectedNodes", s.connectedNodes());
              info.put("currentView", pbft.currentView());
              info.put("leaderFailed", pbft.leaderFailed());
              info.put("toView", pbft.toView());
              List<Object> views = new ArrayList<>();
              for (ConsensusStatus.NodeView v : pbft.views()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("nodeId", v.nodeId());
                m.put("view", v.view());
                views.add(m);
              }
              out.add(views);
            });
    return out;
  }

  /** getSyncStatus: hashes without 0x, txPoolSize as a decimal string (SyncMaster::syncInfo). */
  static Map<String, Object> sync(SyncStatus s) {
    Map<String, Object> m = new TreeMap<>();
    m.put("blockNumber", s.blockNumber());
    m.put("genesisHash", Hex.encode(s.genesisHash()));
    m.put("isSyncing", s.isSyncing());
    m.put("knownHighestNumber", s.knownHighestNumber());
    m.put("knownLatestHash", Hex.encode(s.knownLatestHash()));
    m.put("latestHash", Hex.encode(s.latestHash()));
    m.put("nodeId", s.nodeId());
    List<Object> peers = new ArrayList<>();
    for (SyncStatus.Peer peer : s.peers()) {
      Map<String, Object> e = new TreeMap<>();
      e.put("blockNumber", peer.blockNumber());
      e.put("genesisHash", Hex.encode(peer.genesisHash()));
      e.put("latestHash", Hex.encode(peer.latestHash()));
      e.put("nodeId", peer.nodeId());
      peers.add(e);
    }
    m.put("peers", peers);
    m.put("protocolId", s.protocolId());
    m.put("txPoolSize", Long.toString(s.txPoolSize()));
    return m;
  }
}
