package org.jbcos.tools.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jbcos.node.config.GroupGenesis;

/**
 * One entry of {@code -l} or one line of {@code -f}: {@code count} nodes on {@code ip}, run by
 * {@code agency}, in {@code groups}.
 *
 * @param ip an IPv4 address
 * @param count nodes on this IP, 1 to {@value #MAX_COUNT}
 * @param agency the agency that issues the nodes' certificates (letters, digits, {@code _}, {@code
 *     -})
 * @param groups the groups the nodes belong to, ascending, without duplicates
 * @param ports the ports of the first of these nodes; empty for the {@code -p} start ports,
 *     continued per IP
 */
public record HostSpec(
    String ip, int count, String agency, List<Integer> groups, Optional<Ports> ports) {
  static final int MAX_COUNT = 100;
  static final String DEFAULT_AGENCY = "agency";

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
              + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
  private static final Pattern AGENCY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public HostSpec {
    Objects.requireNonNull(ip, "ip");
    if (!IPV4.matcher(ip).matches()) {
      throw new IllegalArgumentException("\"" + ip + "\" is not an IPv4 address");
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException(
          "the node count of " + ip + " must be between 1 and " + MAX_COUNT + ", got " + count);
    }
    if (!AGENCY.matcher(agency).matches()) {
      throw new IllegalArgumentException(
          "agency name \"" + agency + "\" may only hold letters, digits, _ and -");
    }
    groups = List.copyOf(new TreeSet<>(groups));
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("the nodes of " + ip + " belong to no group");
    }
    Objects.requireNonNull(ports, "ports");
  }

  /**
   * Parses {@code -l}: {@code ip:count} entries separated by commas, all in agency {@code agency}
   * and group 1.
   */
  public static List<HostSpec> parseIpList(String text) {
    List<HostSpec> hosts = new ArrayList<>();
    for (String entry : text.split(",", -1)) {
      hosts.add(parseIpCount(entry.trim(), DEFAULT_AGENCY, List.of(1), Optional.empty()));
    }
    return hosts;
  }

  /**
   * Parses a line of a {@code -f} file: {@code ip:count agency groups [p2p,channel,jsonrpc]}, e.g.
   * {@code 127.0.0.1:2 agencyA 1,2 30300,20200,8545}.
   */
  public static HostSpec parseLine(String line) {
    String[] fields = line.trim().split("\\s+");
    if (fields.length < 3 || fields.length > 4) {
      throw new IllegalArgumentException(
          "expected \"ip:count agency groups [p2p,channel,jsonrpc]\", e.g. \"127.0.0.1:4 agency"
              + " 1,2 30300,20200,8545\", got \""
              + line.trim()
              + "\"");
    }
    Optional<Ports> ports =
        fields.length == 4 ? Optional.of(Ports.parse(fields[3])) : Optional.empty();
    return parseIpCount(fields[0], fields[1], parseGroups(fields[2]), ports);
  }

  private static HostSpec parseIpCount(
      String entry, String agency, List<Integer> groups, Optional<Ports> ports) {
    int colon = entry.indexOf(':');
    if (colon < 0 || !entry.substring(colon + 1).matches("[0-9]{1,4}")) {
      throw new IllegalArgumentException(
          "expected ip:count such as 127.0.0.1:4, got \"" + entry + "\"");
    }
    return new HostSpec(
        entry.substring(0, colon),
        Integer.parseInt(entry.substring(colon + 1)),
        agency,
        groups,
        ports);
  }

  private static List<Integer> parseGroups(String text) {
    List<Integer> groups = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      if (!part.matches("[0-9]{1,5}")
          || Integer.parseInt(part) < 1
          || Integer.parseInt(part) > GroupGenesis.MAX_GROUP_ID) {
        throw new IllegalArgumentException(
            "groups must be ids from 1 to "
                + GroupGenesis.MAX_GROUP_ID
                + " separated by commas, got \""
                + text
                + "\"");
      }
      groups.add(Integer.parseInt(part));
    }
    return groups;
  }
}
