package org.jbcos.tools.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jbcos.node.config.ChainConfig;
import org.jbcos.node.config.FlowControlConfig;
import org.jbcos.node.config.GenesisConsensus;
import org.jbcos.node.config.GroupGenesis;
import org.jbcos.node.config.GroupIni;
import org.jbcos.node.config.GroupPaths;
import org.jbcos.node.config.LogConfig;
import org.jbcos.node.config.NetworkSecurityConfig;
import org.jbcos.node.config.NodeConfig;
import org.jbcos.node.config.NodeConfigLoader;
import org.jbcos.node.config.NodeLayout;
import org.jbcos.node.config.P2pConfig;
import org.jbcos.node.config.PeerAddress;
import org.jbcos.node.config.RpcConfig;
import org.jbcos.node.config.StorageConfig;
import org.jbcos.node.config.StorageSecurityConfig;
import org.jbcos.node.config.StorageType;
import org.jbcos.node.config.TxPoolConfig;

/**
 * Generates a chain into a new directory. Everything is written to a hidden sibling directory
 * first, every node's configuration is loaded back with {@link NodeConfigLoader}, and only then is
 * the directory renamed to its name: a failure leaves nothing behind.
 */
public final class ChainBuilder {
  private final ChainOptions options;

  private ChainBuilder(ChainOptions options) {
    this.options = options;
  }

  /**
   * Builds the chain.
   *
   * @throws IllegalArgumentException if the output directory exists
   * @throws UncheckedIOException if a file cannot be written
   */
  public static BuiltChain build(ChainOptions options) {
    return new ChainBuilder(options).build();
  }

  private BuiltChain build() {
    Path output = options.output().toAbsolutePath().normalize();
    if (Files.exists(output)) {
      throw new IllegalArgumentException(
          output + " already exists: remove it, or choose another directory with -o");
    }
    Path staging;
    try {
      Files.createDirectories(output.getParent());
      staging = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".tmp-");
      ChainFiles.makeListable(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a directory next to " + output, e);
    }
    try {
      Map<PlannedNode, String> nodeIds = generate(staging);
      for (PlannedNode node : options.plan().nodes()) {
        NodeConfigLoader.load(staging.resolve(node.path()).resolve(NodeLayout.CONFIG_INI));
      }
      try {
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException e) {
        throw new IllegalArgumentException(output + " appeared while the chain was generated", e);
      }
      return new BuiltChain(output, nodeIds);
    } catch (IOException e) {
      deleteQuietly(staging);
      throw new UncheckedIOException("could not move the chain to " + output, e);
    } catch (RuntimeException e) {
      deleteQuietly(staging);
      throw e;
    }
  }

  private Map<PlannedNode, String> generate(Path out) {
    ChainPlan plan = options.plan();
    ChainCertificates certificates =
        ChainCertificates.create(
            plan.agencies(), options.sm(), options.rsaChannel(), options.certValidity());
    certificates.writeAuthorities(out);

    Map<PlannedNode, NodeKeys> keys = new LinkedHashMap<>();
    Map<PlannedNode, String> nodeIds = new LinkedHashMap<>();
    for (PlannedNode node : plan.nodes()) {
      NodeKeys nodeKeys = certificates.issueNode(node);
      keys.put(node, nodeKeys);
      nodeIds.put(node, nodeKeys.nodeId());
    }
    Map<Integer, GroupGenesis> genesis = genesis(nodeIds);
    List<PeerAddress> peers =
        plan.nodes().stream().map(n -> new PeerAddress(n.ip(), n.ports().p2p())).toList();

    for (PlannedNode node : plan.nodes()) {
      Path dir = out.resolve(node.path());
      Path conf = dir.resolve("conf");
      certificates.writeNode(conf, node, keys.get(node));
      ChainFiles.write(dir.resolve(NodeLayout.CONFIG_INI), nodeConfig(node, peers).toIni());
      for (int group : node.groups()) {
        ChainFiles.write(conf.resolve("group." + group + ".genesis"), genesis.get(group).toIni());
        ChainFiles.write(conf.resolve("group." + group + ".ini"), groupIni(node, group).toIni());
      }
      ChainFiles.writeScript(dir.resolve("start.sh"), NodeScripts.startSh(options.launcher()));
      ChainFiles.writeScript(dir.resolve("stop.sh"), NodeScripts.stopSh());
    }
    for (String ip : plan.ips()) {
      Path ipDir = out.resolve(ip);
      certificates.writeSdk(ipDir.resolve("sdk"), plan.nodesOn(ip).get(0).agency());
      ChainFiles.writeScript(
          ipDir.resolve("start_all.sh"), NodeScripts.startAllSh(options.launcher()));
      ChainFiles.writeScript(ipDir.resolve("stop_all.sh"), NodeScripts.stopAllSh());
    }
    return nodeIds;
  }

  /** One genesis per group, shared by its members: same sealers, same timestamp. */
  private Map<Integer, GroupGenesis> genesis(Map<PlannedNode, String> nodeIds) {
    long timestamp = System.currentTimeMillis();
    Map<Integer, GroupGenesis> genesis = new LinkedHashMap<>();
    options
        .plan()
        .groups()
        .forEach(
            (group, members) -> {
              List<String> ids = new ArrayList<>();
              members.forEach(member -> ids.add(nodeIds.get(member)));
              int sealerCount = ids.size() - options.observers();
              genesis.put(
                  group,
                  GroupGenesis.of(
                      group,
                      timestamp,
                      GenesisConsensus.of(
                          options.consensus(),
                          ids.subList(0, sealerCount),
                          ids.subList(sealerCount, ids.size())),
                      options.freeStorage()));
            });
    return genesis;
  }

  private NodeConfig nodeConfig(PlannedNode node, List<PeerAddress> peers) {
    RpcConfig defaults = RpcConfig.defaults();
    Ports ports = node.ports();
    return new NodeConfig(
        new RpcConfig(
            "0.0.0.0",
            ports.channel(),
            options.rpcOnAllInterfaces() ? "0.0.0.0" : "127.0.0.1",
            ports.jsonrpc(),
            false,
            defaults.channelThreadCount(),
            defaults.jsonrpcThreadCount()),
        P2pConfig.of(ports.p2p(), peers),
        List.of(),
        List.of(),
        GroupPaths.defaults(),
        NetworkSecurityConfig.defaults(options.sm()),
        StorageSecurityConfig.disabled(),
        new ChainConfig(options.chainId(), options.sm(), false, options.rsaChannel()),
        options.version(),
        logConfig(),
        FlowControlConfig.unlimited());
  }

  private LogConfig logConfig() {
    LogConfig d = LogConfig.defaults();
    return new LogConfig(
        true,
        "./log",
        options.logLevel(),
        d.maxLogFileSizeMb(),
        options.flush(),
        options.statistics(),
        d.statFlushIntervalSeconds());
  }

  private GroupIni groupIni(PlannedNode node, int group) {
    StorageType type = options.storage();
    StorageConfig storage =
        type == StorageType.MYSQL
            ? StorageConfig.mysql(type, "root", "", databaseName(node, group))
            : StorageConfig.defaults(type);
    return GroupIni.of(storage, TxPoolConfig.BUILD_CHAIN_LIMIT);
  }

  /** One MySQL database per node and group, e.g. {@code jbcos_127_0_0_1_node0_g1}. */
  static String databaseName(PlannedNode node, int group) {
    return "jbcos_" + node.ip().replace('.', '_') + "_" + node.name() + "_g" + group;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort: the hidden staging directory is all that can be left
    }
  }
}
