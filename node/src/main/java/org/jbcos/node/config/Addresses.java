package org.jbcos.node.config;

import java.util.regex.Pattern;

/** Checks of listen addresses and ports, without name lookups. */
final class Addresses {
  static final int MAX_PORT = 65535;

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
              + "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");
  private static final Pattern HOST_NAME =
      Pattern.compile(
          "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");

  private Addresses() {}

  static boolean isIpv4(String value) {
    return IPV4.matcher(value).matches();
  }

  /** An IPv4 address, or an IPv6 one in its usual colon forms (without brackets). */
  static boolean isIp(String value) {
    return isIpv4(value) || (value.contains(":") && isIpv6(value));
  }

  static boolean isHostName(String value) {
    return value.length() <= 253 && HOST_NAME.matcher(value).matches();
  }

  /** Whether {@code ip} listens on every interface. */
  static boolean isWildcard(String ip) {
    return ip.equals("0.0.0.0") || ip.equals("::") || ip.equals("0:0:0:0:0:0:0:0");
  }

  private static boolean isIpv6(String value) {
    if (!IPV6.matcher(value).matches()) {
      return false;
    }
    int doubleColon = value.indexOf("::");
    if (doubleColon >= 0 && value.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String[] groups = value.split(":", -1);
    int count = 0;
    for (int i = 0; i < groups.length; i++) {
      String group = groups[i];
      if (group.isEmpty()) {
        continue;
      }
      if (i == groups.length - 1 && group.contains(".")) {
        if (!isIpv4(group)) {
          return false;
        }
        count += 2;
      } else if (group.length() > 4 || group.contains(".")) {
        return false;
      } else {
        count++;
      }
    }
    return doubleColon >= 0 ? count < 8 : count == 8;
  }
}
