package org.jbcos.tools.chain;

import java.util.List;

/**
 * A node of the chain to build.
 *
 * @param ip its host
 * @param index its number on that host: it lives in {@code <ip>/node<index>}
 * @param agency the agency that issues its certificates
 * @param groups the groups it seals in
 * @param ports its listening ports
 */
public record PlannedNode(String ip, int index, String agency, List<Integer> groups, Ports ports) {
  public PlannedNode {
    groups = List.copyOf(groups);
  }

  /** {@code node<index>}: the directory name and the CN of its certificates. */
  public String name() {
    return "node" + index;
  }

  /** {@code <ip>/node<index>}, relative to the output directory. */
  public String path() {
    return ip + "/" + name();
  }
}
