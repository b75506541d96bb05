package org.jbcos.node.rpc;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.executor.precompiled.GasMetrics;
import org.jbcos.node.config.LoadedConfig;
import org.jbcos.node.config.NetworkSecurityConfig;
import org.jbcos.node.runtime.GroupRuntime;
import org.jbcos.node.runtime.NodeRuntime;
import org.jbcos.rpc.JsonRpcDispatcher;
import org.jbcos.rpc.RpcWorkers;
import org.jbcos.rpc.backend.ClientVersion;
import org.jbcos.rpc.backend.GroupBackend;
import org.jbcos.rpc.backend.NodeBackend;
import org.jbcos.rpc.backend.PeerInfo;
import org.jbcos.rpc.channel.ChannelServer;
import org.jbcos.rpc.http.HttpJsonRpcServer;
import org.jbcos.rpc.methods.StandardMethods;
import org.jbcos.rpc.tls.ChannelTls;

/**
 * The node's client servers — JSON-RPC over HTTP ({@code [rpc] jsonrpc_listen_*}) and the TLS
 * channel for the SDK ({@code [rpc] channel_listen_*}) — over its running groups.
 */
public final class NodeRpc implements NodeBackend, AutoCloseable {
  private final NodeRuntime node;
  private final Map<Integer, GroupRpcBackend> groups = new TreeMap<>();
  private final RpcWorkers workers;
  private final ChannelServer channel;
  private final HttpJsonRpcServer http;

  private NodeRpc(NodeRuntime node) throws InterruptedException {
    this.node = node;
    LoadedConfig config = node.config();
    for (GroupRuntime g : node.groups().values()) {
      var genesis = config.groups().get(g.groupId()).genesis();
      GasSchedule schedule =
          genesis.enableFreeStorage() ? GasSchedule.fiscoFreeStorage() : GasSchedule.fisco();
      GasMetrics systemContractGas =
          GroupRuntime.systemContractGas(
              config.node().supportedVersion(), genesis.enableFreeStorage());
      groups.put(
          g.groupId(),
          new GroupRpcBackend(g, node.nodeKey().publicKeyHex(), schedule, systemContractGas));
    }
    var rpc = config.node().rpc();
    if (!config.node().chain().rsaCryptoChannel()) {
      throw new IllegalArgumentException(
          "config.ini [chain] rsa_crypto_channel: only the RSA SDK channel (true, build-chain's"
              + " default) is supported so far");
    }
    Path certs = config.certificateDir().resolve(NetworkSecurityConfig.CHANNEL_CERT_DIR);
    ChannelTls tls;
    try {
      tls =
          ChannelTls.fromFiles(
              certs.resolve("ca.crt"), certs.resolve("node.crt"), certs.resolve("node.key"), true);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(
          "cannot read the channel certificates in " + certs + ": " + e.getMessage(), e);
    }
    this.workers = new RpcWorkers(Math.max(2, rpc.channelThreadCount()), 10_000);
    JsonRpcDispatcher dispatcher = new JsonRpcDispatcher(StandardMethods.catalogue(), this);
    this.channel =
        ChannelServer.start(
            new InetSocketAddress(rpc.channelListenIp(), rpc.channelListenPort()),
            tls,
            dispatcher,
            this,
            workers,
            ChannelServer.Settings.defaults());
    this.http =
        HttpJsonRpcServer.start(
            new InetSocketAddress(rpc.jsonrpcListenIp(), rpc.jsonrpcListenPort()),
            dispatcher,
            workers,
            16 * 1024 * 1024);
    for (GroupRuntime g : node.groups().values()) {
      g.addBlockListener(b -> channel.pushBlockNumber(g.groupId(), b.header().number()));
    }
  }

  public static NodeRpc start(NodeRuntime node) throws InterruptedException {
    return new NodeRpc(node);
  }

  public int channelPort() {
    return channel.port();
  }

  public int httpPort() {
    return http.port();
  }

  @Override
  public ClientVersion clientVersion() {
    return ClientVersion.of(
        node.suite().isSm(), node.config().node().chain().id(), "Linux/java", "", "jbcos");
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
    var p2p = node.config().node().p2p();
    return new PeerInfo(
        "agency",
        p2p.listenIp() + ":" + p2p.listenPort(),
        "node",
        node.nodeKey().publicKeyHex(),
        List.of());
  }

  @Override
  public List<PeerInfo> peers() {
    return node.network().p2p().connectedPeers().stream()
        .sorted()
        .map(id -> new PeerInfo("agency", "", "node", id.toHex(), List.of()))
        .toList();
  }

  @Override
  public List<String> configuredPeers() {
    return node.config().node().p2p().peers().stream().map(a -> a.host() + ":" + a.port()).toList();
  }

  @Override
  public void close() {
    channel.close();
    http.close();
    workers.close();
  }
}
