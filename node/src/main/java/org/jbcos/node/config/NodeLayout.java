package org.jbcos.node.config;

/**
 * Names shared by the node process and the scripts build-chain writes into a node directory ({@code
 * nodes/<ip>/node<i>/}).
 */
public final class NodeLayout {
  /** The node-wide configuration file, the argument of {@code jbcos node -c}. */
  public static final String CONFIG_INI = NodeConfigLoader.CONFIG_INI;

  /** Where {@code start.sh} sends the node's standard output and error. */
  public static final String NOHUP_OUT = "nohup.out";

  /** Where {@code start.sh} writes the node's process id and {@code stop.sh} reads it. */
  public static final String PID_FILE = "node.pid";

  /**
   * The line the node prints to standard output once every group has started and its listeners are
   * open; {@code start.sh} waits for a line that begins with it.
   */
  public static final String STARTED_LINE = "JBCOS node started";

  private NodeLayout() {}
}
