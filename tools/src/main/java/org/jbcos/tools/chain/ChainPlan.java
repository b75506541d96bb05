package org.jbcos.tools.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which nodes the chain has: directories, ports and groups, decided before any file is written.
 * Nodes are numbered per IP in the order of the host entries; ports start at the entry's own ports
 * (a {@code -f} line's fourth column) or continue from {@code -p} per IP, as build_chain.sh does.
 *
 * @param nodes every node, in the order of the host entries
 */
public record ChainPlan(List<PlannedNode> nodes) {
  public ChainPlan {
    nodes = List.copyOf(nodes);
  }

  /**
   * Plans the nodes of {@code hosts}.
   *
   * @throws IllegalArgumentException if two nodes on one IP would listen on the same port
   */
  public static ChainPlan of(List<HostSpec> hosts, Ports start) {
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("no nodes: give at least one ip:count");
    }
    Map<String, Integer> nextIndex = new HashMap<>();
    Map<String, Integer> portOffset = new HashMap<>();
    List<PlannedNode> nodes = new ArrayList<>();
    for (HostSpec host : hosts) {
      Ports base = host.ports().orElse(start);
      if (host.ports().isPresent()) {
        portOffset.put(host.ip(), 0);
      }
      for (int i = 0; i < host.count(); i++) {
        int index = nextIndex.merge(host.ip(), 1, Integer::sum) - 1;
        int offset = portOffset.merge(host.ip(), 1, Integer::sum) - 1;
        nodes.add(
            new PlannedNode(host.ip(), index, host.agency(), host.groups(), base.plus(offset)));
      }
    }
    checkPorts(nodes);
    return new ChainPlan(nodes);
  }

  /** The IPs in order of first appearance. */
  public List<String> ips() {
    return nodes.stream().map(PlannedNode::ip).distinct().toList();
  }

  /** The nodes on {@code ip}. */
  public List<PlannedNode> nodesOn(String ip) {
    return nodes.stream().filter(n -> n.ip().equals(ip)).toList();
  }

  /** Each group's members, in node order; they are the group's sealers. */
  public SortedMap<Integer, List<PlannedNode>> groups() {
    SortedMap<Integer, List<PlannedNode>> groups = new TreeMap<>();
    for (PlannedNode node : nodes) {
      for (int group : node.groups()) {
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(node);
      }
    }
    return groups;
  }

  /** The agencies in order of first appearance. */
  public List<String> agencies() {
    return nodes.stream().map(PlannedNode::agency).distinct().toList();
  }

  private static void checkPorts(List<PlannedNode> nodes) {
    Map<String, String> used = new LinkedHashMap<>();
    for (PlannedNode node : nodes) {
      Ports p = node.ports();
      String[][] listeners = {
        {"p2p", Integer.toString(p.p2p())},
        {"channel", Integer.toString(p.channel())},
        {"jsonrpc", Integer.toString(p.jsonrpc())}
      };
      for (String[] listener : listeners) {
        String key = node.ip() + ":" + listener[1];
        String user = node.path() + " " + listener[0];
        String other = used.putIfAbsent(key, user);
        if (other != null) {
          throw new IllegalArgumentException(
              "port " + key + " would be used twice: by " + other + " and by " + user);
        }
      }
    }
  }
}
