package org.jbcos.sync.wire;

import org.jbcos.codec.rlp.Rlp;
import org.jbcos.codec.rlp.RlpList;

/**
 * A request for {@code count} consecutive blocks starting at {@code fromNumber}.
 *
 * @param fromNumber the first block wanted, at least 1
 * @param count how many, at least 1 (the server caps it)
 */
public record ReqBlocksPacket(long fromNumber, int count) {
  public ReqBlocksPacket {
    if (fromNumber < 1 || count < 1) {
      throw new IllegalArgumentException(
          "a block request needs fromNumber >= 1 and count >= 1, got " + fromNumber + ", " + count);
    }
  }

  /** The last block wanted. */
  public long toNumber() {
    return fromNumber + count - 1;
  }

  public byte[] encode() {
    return Rlp.encodeList(Rlp.encodeLong(fromNumber), Rlp.encodeLong(count));
  }

  public static ReqBlocksPacket decode(byte[] payload) throws MalformedPacketException {
    try {
      RlpList l = Rlp.decode(payload).asList("block request").requireSize("block request", 2);
      long from = l.get(0).asString("from").asLong("from");
      long count = l.get(1).asString("count").asUnsigned("count", 2).longValue();
      return new ReqBlocksPacket(from, (int) count);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new MalformedPacketException("malformed block request: " + e.getMessage(), e);
    }
  }
}
