package org.jbcos.network;

/**
 * FISCO 2.x module ids ({@code libethcore/Protocol.h}): the low 16 bits of a protocol id, which
 * {@link P2pNetwork#registerHandler} routes on.
 */
public final class ModuleId {
  /** Reserved for the network's own heartbeat frames (protocol id 0); never routed to handlers. */
  public static final int NETWORK = 0;

  public static final int AMOP = 1;
  public static final int TOPIC = 2;
  public static final int PBFT = 8;
  public static final int BLOCK_SYNC = 9;
  public static final int TX_POOL = 10;
  public static final int RAFT = 11;

  /** The largest module id (16 bits). */
  public static final int MAX = 0xFFFF;

  private ModuleId() {}

  /**
   * The protocol id of a request for {@code moduleId} in {@code groupId}: {@code (groupId << 16) |
   * moduleId}.
   *
   * @throws IllegalArgumentException if the group is outside 0..32767 or the module outside 16 bits
   */
  public static int protocolId(int groupId, int moduleId) {
    if (groupId < 0 || groupId > Short.MAX_VALUE) {
      throw new IllegalArgumentException("group id out of range 0..32767: " + groupId);
    }
    if (moduleId < 0 || moduleId > MAX) {
      throw new IllegalArgumentException("module id out of range 0..65535: " + moduleId);
    }
    return (groupId << 16) | moduleId;
  }
}
