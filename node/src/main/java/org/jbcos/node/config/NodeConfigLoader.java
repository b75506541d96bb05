package org.jbcos.node.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a node directory as FISCO's node does at start: {@code config.ini}, then every {@code
 * group.N.genesis} in {@code [group] group_config_path} with the {@code group.N.ini} beside it.
 * Beyond each file's own checks it checks what spans files: the key and certificate files exist,
 * each genesis names its own group id, {@code min_block_generation_time} fits in {@code
 * consensus_timeout}, and MySQL groups do not share a database.
 */
public final class NodeConfigLoader {
  public static final String CONFIG_INI = "config.ini";
  private static final Pattern GENESIS_NAME = Pattern.compile("group\\.(.*)\\.genesis");
  private static final Pattern GROUP_ID = Pattern.compile("[1-9][0-9]{0,4}");

  private NodeConfigLoader() {}

  /**
   * Loads the node whose {@code config.ini} is {@code configIni}.
   *
   * @throws ConfigException naming the file (relative to the node directory), section, key and line
   *     of the first problem, or the missing file
   */
  public static LoadedConfig load(Path configIni) {
    Path file = configIni.toAbsolutePath().normalize();
    Path nodeDir = file.getParent();
    String label = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw ConfigException.inFile(
          configIni.toString(),
          "not found: give the node's config.ini, e.g. nodes/127.0.0.1/node0/config.ini");
    }
    Parsed<NodeConfig> parsed = NodeConfig.parse(label, read(file, label));
    NodeConfig node = parsed.value();
    List<String> warnings = new ArrayList<>(parsed.warnings());
    checkCertificates(nodeDir, label, node);
    SortedMap<Integer, GroupConfig> groups = loadGroups(nodeDir, label, node, warnings);
    checkDatabases(nodeDir, node, groups);
    return new LoadedConfig(nodeDir, node, groups, warnings);
  }

  private static SortedMap<Integer, GroupConfig> loadGroups(
      Path nodeDir, String configLabel, NodeConfig node, List<String> warnings) {
    String configPath = node.group().configPath();
    Path dir = nodeDir.resolve(configPath).normalize();
    if (!Files.isDirectory(dir)) {
      throw ConfigException.atKey(
          configLabel,
          GroupPaths.SECTION,
          "group_config_path",
          0,
          "directory " + configPath + " does not exist");
    }
    List<Path> genesisFiles;
    try (Stream<Path> list = Files.list(dir)) {
      genesisFiles =
          list.filter(p -> p.getFileName().toString().endsWith(".genesis"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw ConfigException.inFile(labelOf(nodeDir, dir), "cannot list: " + e.getMessage());
    }
    SortedMap<Integer, GroupConfig> groups = new TreeMap<>();
    for (Path genesisFile : genesisFiles) {
      GroupConfig group = loadGroup(nodeDir, genesisFile, node, warnings);
      groups.put(group.groupId(), group);
    }
    if (groups.isEmpty()) {
      warnings.add(
          configLabel
              + " [group] group_config_path: no group.N.genesis in "
              + configPath
              + ", the node runs no group");
    }
    return groups;
  }

  private static GroupConfig loadGroup(
      Path nodeDir, Path genesisFile, NodeConfig node, List<String> warnings) {
    String genesisLabel = labelOf(nodeDir, genesisFile);
    Matcher name = GENESIS_NAME.matcher(genesisFile.getFileName().toString());
    if (!name.matches()
        || !GROUP_ID.matcher(name.group(1)).matches()
        || Integer.parseInt(name.group(1)) > GroupGenesis.MAX_GROUP_ID) {
      throw ConfigException.inFile(
          genesisLabel,
          "a genesis file must be named group.<id>.genesis with an id from 1 to "
              + GroupGenesis.MAX_GROUP_ID);
    }
    int groupId = Integer.parseInt(name.group(1));
    String genesisText = read(genesisFile, genesisLabel);
    Parsed<GroupGenesis> genesis = GroupGenesis.parse(genesisLabel, genesisText);
    warnings.addAll(genesis.warnings());
    if (genesis.value().groupId() != groupId) {
      throw ConfigException.atKey(
          genesisLabel,
          "group",
          "id",
          lineOf(genesisLabel, genesisText, "group", "id"),
          "is " + genesis.value().groupId() + " but the file is for group " + groupId);
    }
    GenesisConsensus consensus = genesis.value().consensus();
    if (node.supportedVersion().atLeast(SupportedVersion.V2_6_0) && consensus.epochBlockNum() < 2) {
      throw ConfigException.atKey(
          genesisLabel,
          GenesisConsensus.SECTION,
          GenesisConsensus.EPOCH_BLOCK_NUM,
          lineOf(
              genesisLabel,
              genesisText,
              GenesisConsensus.SECTION,
              GenesisConsensus.EPOCH_BLOCK_NUM),
          "must be greater than 1 from supported_version 2.6.0 on, got "
              + consensus.epochBlockNum());
    }

    Path iniFile = genesisFile.resolveSibling("group." + groupId + ".ini");
    String iniLabel = labelOf(nodeDir, iniFile);
    GroupIni ini;
    if (Files.isRegularFile(iniFile)) {
      String iniText = read(iniFile, iniLabel);
      Parsed<GroupIni> parsedIni = GroupIni.parse(iniLabel, iniText);
      warnings.addAll(parsedIni.warnings());
      ini = parsedIni.value();
      long timeoutMs = consensus.consensusTimeout() * 1000L;
      if (ini.consensus().minBlockGenerationTime() > timeoutMs) {
        throw ConfigException.atKey(
            iniLabel,
            ConsensusConfig.SECTION,
            ConsensusConfig.MIN_BLOCK_GENERATION_TIME,
            lineOf(
                iniLabel,
                iniText,
                ConsensusConfig.SECTION,
                ConsensusConfig.MIN_BLOCK_GENERATION_TIME),
            "is "
                + ini.consensus().minBlockGenerationTime()
                + " ms, longer than the consensus_timeout of "
                + genesisLabel
                + " ("
                + timeoutMs
                + " ms)");
      }
    } else {
      warnings.add(iniLabel + ": missing, group " + groupId + " runs with the default settings");
      ini = GroupIni.defaults();
    }
    return new GroupConfig(groupId, genesis.value(), ini);
  }

  private static void checkCertificates(Path nodeDir, String label, NodeConfig node) {
    NetworkSecurityConfig security = node.networkSecurity();
    String section = NetworkSecurityConfig.SECTION;
    Path dataDir = nodeDir.resolve(security.dataPath()).normalize();
    requireFile(nodeDir, label, section, "key", dataDir.resolve(security.key()));
    requireFile(nodeDir, label, section, "cert", dataDir.resolve(security.cert()));
    requireFile(nodeDir, label, section, "ca_cert", dataDir.resolve(security.caCert()));
    ChainConfig chain = node.chain();
    if (chain.smCrypto()) {
      requireFile(nodeDir, label, section, "en_key", dataDir.resolve(security.enKey()));
      requireFile(nodeDir, label, section, "en_cert", dataDir.resolve(security.enCert()));
    }
    String channelDir = null;
    String channelKey = null;
    if (chain.rsaCryptoChannel()) {
      channelDir = NetworkSecurityConfig.CHANNEL_CERT_DIR;
      channelKey = ChainConfig.RSA_CRYPTO_CHANNEL;
    } else if (chain.smCrypto() && !chain.smCryptoChannel()) {
      channelDir = NetworkSecurityConfig.ORIGIN_CERT_DIR;
      channelKey = ChainConfig.SM_CRYPTO_CHANNEL;
    }
    if (channelDir != null) {
      for (String name : List.of("ca.crt", "node.crt", "node.key")) {
        requireFile(
            nodeDir,
            label,
            ChainConfig.SECTION,
            channelKey,
            dataDir.resolve(channelDir).resolve(name));
      }
    }
  }

  private static void checkDatabases(
      Path nodeDir, NodeConfig node, SortedMap<Integer, GroupConfig> groups) {
    Map<String, Integer> databases = new HashMap<>();
    for (GroupConfig group : groups.values()) {
      StorageConfig storage = group.ini().storage();
      if (storage.type() != StorageType.MYSQL) {
        continue;
      }
      String database = storage.dbIp() + ":" + storage.dbPort() + "/" + storage.dbName();
      Integer other = databases.putIfAbsent(database, group.groupId());
      if (other != null) {
        Path dir = nodeDir.resolve(node.group().configPath());
        throw ConfigException.atKey(
            labelOf(nodeDir, dir.resolve("group." + group.groupId() + ".ini")),
            StorageConfig.SECTION,
            "db_name",
            0,
            "database "
                + database
                + " is also used by group "
                + other
                + "; give each group its own");
      }
    }
  }

  private static void requireFile(
      Path nodeDir, String label, String section, String key, Path file) {
    if (!Files.isRegularFile(file)) {
      throw ConfigException.atKey(
          label, section, key, 0, "file " + labelOf(nodeDir, file) + " does not exist");
    }
  }

  private static String read(Path file, String label) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ConfigException.inFile(label, "cannot be read: " + e);
    }
  }

  /** The path as messages show it: relative to the node directory when it is inside it. */
  static String labelOf(Path nodeDir, Path file) {
    Path normalized = file.toAbsolutePath().normalize();
    return normalized.startsWith(nodeDir)
        ? nodeDir.relativize(normalized).toString().replace('\\', '/')
        : normalized.toString();
  }

  private static int lineOf(String label, String text, String section, String key) {
    return IniParser.parse(label, text)
        .section(section)
        .flatMap(s -> s.entry(key))
        .map(IniEntry::line)
        .orElse(0);
  }
}
