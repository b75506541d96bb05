package org.jbcos.node.config;

import java.util.Objects;

/**
 * One group of a node: its genesis and its {@code .ini}.
 *
 * @param groupId the N of {@code group.N.genesis}, equal to its {@code [group] id}
 * @param genesis {@code group.N.genesis}
 * @param ini {@code group.N.ini}, or {@link GroupIni#defaults()} when the file is missing
 */
public record GroupConfig(int groupId, GroupGenesis genesis, GroupIni ini) {
  public GroupConfig {
    Objects.requireNonNull(genesis, "genesis");
    Objects.requireNonNull(ini, "ini");
  }
}
