package org.jbcos.tools.chain;

/**
 * A node's three listening ports; as an option, the ports of a host's first node, which the next
 * nodes on the same IP increment.
 *
 * @param p2p {@code [p2p] listen_port}
 * @param channel {@code [rpc] channel_listen_port} (SDK, TLS)
 * @param jsonrpc {@code [rpc] jsonrpc_listen_port} (HTTP)
 */
public record Ports(int p2p, int channel, int jsonrpc) {
  static final int MAX_PORT = 65535;

  /** FISCO's 30300, 20200, 8545. */
  public static final Ports DEFAULT = new Ports(30300, 20200, 8545);

  public Ports {
    for (int port : new int[] {p2p, channel, jsonrpc}) {
      if (port < 1 || port > MAX_PORT) {
        throw new IllegalArgumentException("ports must be between 1 and 65535, got " + port);
      }
    }
  }

  /**
   * Parses {@code p2p,channel,jsonrpc}, e.g. {@code 30300,20200,8545}.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static Ports parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "ports must be three numbers p2p,channel,jsonrpc such as 30300,20200,8545, got \""
              + text
              + "\"");
    }
    int[] ports = new int[3];
    for (int i = 0; i < 3; i++) {
      String part = parts[i].trim();
      if (!part.matches("[0-9]{1,5}")) {
        throw new IllegalArgumentException(
            "ports must be three numbers p2p,channel,jsonrpc such as 30300,20200,8545, got \""
                + text
                + "\"");
      }
      ports[i] = Integer.parseInt(part);
    }
    return new Ports(ports[0], ports[1], ports[2]);
  }

  /** The ports of the node {@code offset} places after the first on its IP. */
  Ports plus(int offset) {
    if (Math.max(p2p, Math.max(channel, jsonrpc)) + offset > MAX_PORT) {
      throw new IllegalArgumentException(
          "node " + offset + " from start ports " + this + " would need a port above 65535");
    }
    return new Ports(p2p + offset, channel + offset, jsonrpc + offset);
  }

  @Override
  public String toString() {
    return p2p + "," + channel + "," + jsonrpc;
  }
}
