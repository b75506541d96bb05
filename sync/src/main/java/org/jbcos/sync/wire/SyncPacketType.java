package org.jbcos.sync.wire;

/** The packet types of the sync module, as FISCO 2.x numbers them ({@code libsync/Common.h}). */
public final class SyncPacketType {
  public static final int STATUS = 0x00;
  public static final int TRANSACTIONS = 0x01;
  public static final int BLOCKS = 0x02;
  public static final int REQ_BLOCKS = 0x03;

  private SyncPacketType() {}

  /** A name for log lines. */
  public static String name(int packetType) {
    return switch (packetType) {
      case STATUS -> "Status";
      case TRANSACTIONS -> "Transactions";
      case BLOCKS -> "Blocks";
      case REQ_BLOCKS -> "ReqBlocks";
      default -> "unknown(" + packetType + ")";
    };
  }
}
