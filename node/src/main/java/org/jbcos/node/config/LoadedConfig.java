package org.jbcos.node.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a node reads at start: {@code config.ini} and every group found in its group config
 * path. Relative paths in the files are resolved against the node directory (the directory of
 * {@code config.ini}), which is also the working directory FISCO's start script gives the node.
 *
 * @param nodeDir the absolute directory of {@code config.ini}
 * @param node the node-wide configuration
 * @param groups the groups by id, in ascending order
 * @param warnings what was ignored: unknown sections and keys, missing {@code group.N.ini} files
 */
public record LoadedConfig(
    Path nodeDir, NodeConfig node, SortedMap<Integer, GroupConfig> groups, List<String> warnings) {
  public LoadedConfig {
    Objects.requireNonNull(nodeDir, "nodeDir");
    Objects.requireNonNull(node, "node");
    groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
    warnings = List.copyOf(warnings);
  }

  /** A path of the configuration, resolved against the node directory. */
  public Path resolve(String path) {
    return nodeDir.resolve(path).normalize();
  }

  /** The directory of the node's key and certificates ({@code [network_security] data_path}). */
  public Path certificateDir() {
    return resolve(node.networkSecurity().dataPath());
  }

  /** Where group {@code groupId} keeps its data: {@code <group_data_path>/group<N>}. */
  public Path groupDataDir(int groupId) {
    return resolve(node.group().dataPath()).resolve("group" + groupId);
  }

  /** Where the node writes its log files ({@code [log] log_path}). */
  public Path logDir() {
    return resolve(node.log().logPath());
  }
}
