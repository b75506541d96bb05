package org.jbcos.consensus.pbft;

import java.util.Optional;

/** The PBFT packet ids of FISCO BCOS 2.x ({@code libconsensus/pbft/Common.h}). */
public enum PacketType {
  PREPARE(0x00),
  SIGN(0x01),
  COMMIT(0x02),
  VIEW_CHANGE(0x03);

  private final int id;

  PacketType(int id) {
    this.id = id;
  }

  public int id() {
    return id;
  }

  public static Optional<PacketType> of(int id) {
    for (PacketType t : values()) {
      if (t.id == id) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
