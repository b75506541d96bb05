package org.jbcos.node.config;

import java.util.Objects;

/**
 * A peer in {@code config.ini [p2p] node.N}: {@code ip:port}, {@code host.name:port} or {@code
 * [ipv6]:port}.
 *
 * @param host the IP or host name, without brackets
 * @param port 1 to 65535
 */
public record PeerAddress(String host, int port) {
  public PeerAddress {
    Objects.requireNonNull(host, "host");
    if (!Addresses.isIp(host) && !Addresses.isHostName(host)) {
      throw new IllegalArgumentException(
          "\"" + host + "\" is neither an IP address nor a host name");
    }
    if (port < 1 || port > Addresses.MAX_PORT) {
      throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
    }
  }

  /**
   * Parses {@code ip:port}, {@code host:port} or {@code [ipv6]:port}.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static PeerAddress parse(String text) {
    String host;
    String port;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
        throw new IllegalArgumentException(
            "must be [ipv6]:port, ip:port or host:port, got \"" + text + "\"");
      }
      host = text.substring(1, close);
      port = text.substring(close + 2);
      if (!host.contains(":") || !Addresses.isIp(host)) {
        throw new IllegalArgumentException("\"" + host + "\" in brackets is not an IPv6 address");
      }
    } else {
      int colon = text.lastIndexOf(':');
      if (colon <= 0 || text.indexOf(':') != colon) {
        throw new IllegalArgumentException(
            "must be ip:port, host:port or [ipv6]:port, got \"" + text + "\"");
      }
      host = text.substring(0, colon);
      port = text.substring(colon + 1);
    }
    if (!port.matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException(
          "the port of \"" + text + "\" must be a number between 1 and 65535");
    }
    return new PeerAddress(host, Integer.parseInt(port));
  }

  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
