package org.jbcos.tools.chain;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jbcos.node.config.ConsensusType;
import org.jbcos.node.config.LogLevel;
import org.jbcos.node.config.StorageType;
import org.jbcos.node.config.SupportedVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jbcos build-chain}: FISCO's {@code build_chain.sh} for JBCOS. */
@Command(
    name = "build-chain",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Generate the directories of a new chain, as FISCO BCOS 2.x's build_chain.sh does:"
          + " certificates, config.ini, group.N.genesis, group.N.ini and start/stop scripts for"
          + " every node, and the SDK certificates.",
      "",
      "Example: jbcos build-chain -l 127.0.0.1:4 -o nodes && bash nodes/127.0.0.1/start_all.sh",
      ""
    },
    footer = {
      "",
      "Generated layout (OUTPUT is -o, default nodes):",
      "  OUTPUT/cert/ca.crt, ca.key                  chain CA (secp256k1)",
      "  OUTPUT/cert/<agency>/agency.crt, agency.key agency CA; channel/ca.crt, ca.key: its RSA"
          + " channel CA",
      "  OUTPUT/gmcert/...                           SM2 chain and agency CAs (-g)",
      "  OUTPUT/<ip>/start_all.sh, stop_all.sh       start / stop every node of that IP",
      "  OUTPUT/<ip>/sdk/ca.crt, sdk.crt, sdk.key    certificates for the SDK (sdk/gm/ with -g)",
      "  OUTPUT/<ip>/node<i>/config.ini, start.sh, stop.sh",
      "  OUTPUT/<ip>/node<i>/conf/ca.crt, node.crt, node.key, node.nodeid, group.N.genesis,"
          + " group.N.ini,",
      "                       channel_cert/ (RSA channel certificates)",
      "  With -g: conf/gmca.crt, gmnode.crt, gmnode.key, gmnode.nodeid, gmennode.crt, gmennode.key,",
      "           and the secp256k1 certificates in conf/origin_cert/.",
      "",
      "Node i on an IP listens on p2p, channel and jsonrpc start port + i. Every node is a sealer of"
          + " its groups (all listed in group.N.genesis) and lists every node as a peer in"
          + " config.ini.",
      "start.sh runs '<jbcos> node -c config.ini' with nohup (output in nohup.out, pid in node.pid)"
          + " and waits for the line 'JBCOS node started'; stop.sh sends SIGTERM and waits.",
      "See docs/configuration.md for every key of the generated files."
    })
public final class BuildChainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-l", "--ip-list"},
      paramLabel = "IP:COUNT[,IP:COUNT...]",
      description =
          "Nodes per host, e.g. 127.0.0.1:4 or 192.168.0.1:2,192.168.0.2:2; all in agency"
              + " 'agency' and group 1.")
  String ipList;

  @Option(
      names = {"-f", "--ip-file"},
      paramLabel = "FILE",
      description =
          "Instead of -l, one host per line: 'IP:COUNT AGENCY GROUPS [P2P,CHANNEL,JSONRPC]',"
              + " e.g. '127.0.0.1:2 agencyA 1,2 30300,20200,8545'. Blank lines and lines"
              + " starting with # are skipped.")
  Path ipFile;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "nodes",
      description = "Output directory, must not exist (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = {"-p", "--ports"},
      paramLabel = "P2P,CHANNEL,JSONRPC",
      defaultValue = "30300,20200,8545",
      description = "Start ports; node i on an IP gets start + i (default: ${DEFAULT-VALUE}).")
  String ports;

  @Option(
      names = {"-g", "--sm-crypto"},
      description = "SM chain: SM3 + SM2 transactions, SM2 node ids and gm* certificates.")
  boolean sm;

  @Option(
      names = {"-s", "--storage"},
      paramLabel = "TYPE",
      defaultValue = "rocksdb",
      description =
          "Storage of every group: rocksdb, mysql or scalable (default: ${DEFAULT-VALUE}). With"
              + " mysql, each node and group gets db_username=root and its own db_name; edit"
              + " db_* in conf/group.N.ini.")
  String storage;

  @Option(
      names = {"-v", "--supported-version"},
      paramLabel = "VERSION",
      defaultValue = "2.9.0",
      description = "[compatibility] supported_version (default: ${DEFAULT-VALUE}).")
  String version;

  @Option(
      names = {"-c", "--consensus"},
      paramLabel = "TYPE",
      defaultValue = "pbft",
      description =
          "Consensus of every group: pbft (default: ${DEFAULT-VALUE}); FISCO's raft and rpbft"
              + " are refused, JBCOS does not run them yet.")
  String consensus;

  @Option(
      names = {"-C", "--chain-id"},
      paramLabel = "ID",
      defaultValue = "1",
      description = "[chain] id (default: ${DEFAULT-VALUE}).")
  long chainId;

  @Option(
      names = {"-i", "--rpc-all-interfaces"},
      description = "JSON-RPC listens on 0.0.0.0 instead of 127.0.0.1.")
  boolean rpcOnAllInterfaces;

  @Option(
      names = {"-R", "--ecdsa-channel"},
      description =
          "SDK channel with secp256k1 certificates issued by the agency instead of the RSA"
              + " channel certificates (always so for -v below 2.9.0).")
  boolean ecdsaChannel;

  @Option(
      names = {"-T", "--debug-log"},
      description = "[log] level=debug instead of info.")
  boolean debugLog;

  @Option(
      names = {"-S", "--statistics"},
      description = "[log] enable_statistic=true.")
  boolean statistics;

  @Option(
      names = {"-F", "--no-flush"},
      description = "[log] flush=false: do not flush the log on every line.")
  boolean noFlush;

  @Option(
      names = {"-E", "--free-storage"},
      description = "[evm] enable_free_storage=true: FISCO's cheap-storage gas schedule.")
  boolean freeStorage;

  @Option(
      names = {"-X", "--cert-days"},
      paramLabel = "DAYS",
      defaultValue = "36500",
      description = "Certificate validity in days (default: ${DEFAULT-VALUE}).")
  int certDays;

  @Option(
      names = "--observers",
      paramLabel = "COUNT",
      defaultValue = "0",
      description =
          "The last COUNT members of every group are observers (genesis observer.N, a JBCOS"
              + " addition): they follow the chain and never vote; at least one sealer must"
              + " remain (default: ${DEFAULT-VALUE}).")
  int observers;

  @Option(
      names = "--launcher",
      paramLabel = "PATH",
      description =
          "The jbcos script start.sh runs (default: the one running this command, from"
              + " JBCOS_HOME).")
  Path launcher;

  @Override
  public Integer call() throws IOException {
    ChainOptions options = options();
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Generating "
            + options.plan().nodes().size()
            + " node(s) in "
            + options.output().toAbsolutePath().normalize()
            + " ...");
    out.flush();
    BuiltChain chain = ChainBuilder.build(options);
    printSummary(out, options, chain);
    return 0;
  }

  ChainOptions options() throws IOException {
    if ((ipList == null) == (ipFile == null)) {
      throw new IllegalArgumentException(
          "give the nodes with either -l IP:COUNT (e.g. -l 127.0.0.1:4) or -f FILE");
    }
    List<HostSpec> hosts = ipList != null ? HostSpec.parseIpList(ipList) : readIpFile(ipFile);
    ChainPlan plan = ChainPlan.of(hosts, Ports.parse(ports));
    SupportedVersion supported = SupportedVersion.parse(version);
    if (supported.compareTo(SupportedVersion.HIGHEST) > 0) {
      throw new IllegalArgumentException(
          "-v " + version + ": JBCOS runs chains up to " + SupportedVersion.HIGHEST);
    }
    if (chainId < 0) {
      throw new IllegalArgumentException("-C: the chain id must not be negative, got " + chainId);
    }
    ConsensusType consensusType = choice("-c", consensus, ConsensusType.class);
    if (consensusType != ConsensusType.PBFT) {
      throw new IllegalArgumentException(
          "-c " + consensusType + ": JBCOS runs pbft only; raft and rpbft are not implemented yet");
    }
    if (observers < 0) {
      throw new IllegalArgumentException(
          "--observers: the count must not be negative, got " + observers);
    }
    plan.groups()
        .forEach(
            (group, members) -> {
              if (observers >= members.size()) {
                throw new IllegalArgumentException(
                    "--observers "
                        + observers
                        + ": group "
                        + group
                        + " has "
                        + members.size()
                        + " node(s) and needs at least one sealer");
              }
            });
    if (certDays < 1) {
      throw new IllegalArgumentException(
          "-X: the validity must be at least 1 day, got " + certDays);
    }
    Path script =
        Optional.ofNullable(launcher)
            .map(p -> p.toAbsolutePath().normalize())
            .or(Launcher::find)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "cannot tell which jbcos script start.sh should run: run build-chain"
                            + " through ./jbcos, set JBCOS_HOME, or give --launcher"));
    return new ChainOptions(
        plan,
        output,
        sm,
        choice("-s", storage, StorageType.class),
        supported,
        consensusType,
        chainId,
        rpcOnAllInterfaces,
        !ecdsaChannel && supported.atLeast(SupportedVersion.V2_9_0),
        debugLog ? LogLevel.DEBUG : LogLevel.INFO,
        statistics,
        !noFlush,
        freeStorage,
        Duration.ofDays(certDays),
        observers,
        script);
  }

  private static List<HostSpec> readIpFile(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("-f " + file + ": no such file");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<HostSpec> hosts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        hosts.add(HostSpec.parseLine(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException(file + " lists no host");
    }
    return hosts;
  }

  private static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.toString().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    List<String> words = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      words.add(constant.toString());
    }
    throw new IllegalArgumentException(
        option + " must be one of " + String.join(", ", words) + ", got \"" + value + "\"");
  }

  private static void printSummary(PrintWriter out, ChainOptions options, BuiltChain chain) {
    out.printf(
        "%s chain, chain id %d, supported_version %s, %s storage, %s%n",
        options.sm() ? "SM" : "ECDSA",
        options.chainId(),
        options.version(),
        options.storage(),
        options.consensus());
    for (PlannedNode node : chain.nodes()) {
      Ports p = node.ports();
      out.printf(
          "  %-22s p2p %-5d channel %-5d jsonrpc %-5d agency %s, groups %s%n",
          node.path(),
          p.p2p(),
          p.channel(),
          p.jsonrpc(),
          node.agency(),
          node.groups().stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    Path dir = chain.output();
    out.println("Chain CA:        " + dir.resolve("cert/ca.crt"));
    out.println(
        "SDK certificates: "
            + dir.resolve("<ip>/sdk")
            + (options.rsaChannel() ? " (RSA channel)" : " (secp256k1 channel)")
            + (options.sm() ? ", SM ones in sdk/gm/" : ""));
    for (String ip : options.plan().ips()) {
      out.println("Start: bash " + dir.resolve(ip).resolve("start_all.sh"));
      out.println("Stop:  bash " + dir.resolve(ip).resolve("stop_all.sh"));
    }
    if (options.storage() == StorageType.MYSQL) {
      out.println(
          "MySQL: set db_ip, db_port, db_username, db_passwd and db_name in every"
              + " conf/group.N.ini before starting.");
    }
    out.println("All completed. Files in " + dir);
  }
}
