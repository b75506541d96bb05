package org.jbcos.consensus.pbft;

import org.jbcos.codec.rlp.Rlp;
import org.jbcos.codec.rlp.RlpException;
import org.jbcos.codec.rlp.RlpItem;
import org.jbcos.codec.rlp.RlpList;
import org.jbcos.codec.rlp.RlpString;

/**
 * The PBFT wire form: RLP {@code [packetId, ttl, data]} where {@code data} is the RLP of {@code
 * [height, view, idx, timestamp, blockHash, sig, sig2]}, plus {@code block} for a prepare (the
 * field order of FISCO 2.x {@code PBFTMsg::encode}). Decoding is strict: wrong shapes, sizes,
 * non-canonical integers and trailing bytes are refused with a reason.
 */
public final class PbftMessageCodec {
  /** The largest message accepted (a prepare carries a whole block). */
  public static final int MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

  /** The ttl written on sent messages (FISCO's default; forwarding is the network's concern). */
  public static final int DEFAULT_TTL = 2;

  private PbftMessageCodec() {}

  public static byte[] encode(PbftMessage m) {
    byte[][] fields = {
      Rlp.encodeLong(m.height()),
      Rlp.encodeLong(m.view()),
      Rlp.encodeLong(m.idx()),
      Rlp.encodeLong(m.timestamp()),
      Rlp.encodeBytes(m.blockHash()),
      Rlp.encodeBytes(m.sig()),
      Rlp.encodeBytes(m.sig2()),
    };
    byte[] data =
        m.type() == PacketType.PREPARE
            ? Rlp.encodeList(
                fields[0],
                fields[1],
                fields[2],
                fields[3],
                fields[4],
                fields[5],
                fields[6],
                Rlp.encodeBytes(m.block()))
            : Rlp.encodeList(fields);
    return Rlp.encodeList(
        Rlp.encodeLong(m.type().id()), Rlp.encodeLong(DEFAULT_TTL), Rlp.encodeBytes(data));
  }

  /**
   * Decodes one message.
   *
   * @throws MalformedMessageException naming the broken rule
   */
  public static PbftMessage decode(byte[] bytes) throws MalformedMessageException {
    if (bytes.length > MAX_MESSAGE_BYTES) {
      throw new MalformedMessageException("message of " + bytes.length + " bytes is too large");
    }
    try {
      RlpList packet = list(Rlp.decode(bytes), "PBFT packet").requireSize("PBFT packet", 3);
      long id = string(packet.get(0), "packet id").asLong("packet id");
      PacketType type =
          PacketType.of((int) Math.min(id, Integer.MAX_VALUE))
              .orElseThrow(() -> new RlpException("unknown PBFT packet id " + id));
      string(packet.get(1), "ttl").asUnsigned("ttl", 1);
      byte[] data = string(packet.get(2), "data").bytes();
      RlpList f = list(Rlp.decode(data), type + " data");
      f.requireSize(type + " data", type == PacketType.PREPARE ? 8 : 7);
      long height = string(f.get(0), "height").asLong("height");
      long view = string(f.get(1), "view").asLong("view");
      int idx = string(f.get(2), "idx").asUnsigned("idx", 2).intValueExact();
      long timestamp = string(f.get(3), "timestamp").asLong("timestamp");
      byte[] hash = string(f.get(4), "block hash").asFixed("block hash", 32, false);
      byte[] sig = signature(f.get(5), "sig");
      byte[] sig2 = signature(f.get(6), "sig2");
      byte[] block = new byte[0];
      if (type == PacketType.PREPARE) {
        block = string(f.get(7), "block").bytes();
        if (block.length == 0) {
          throw new RlpException("a prepare must carry a block");
        }
      }
      return new PbftMessage(type, height, view, idx, timestamp, hash, sig, sig2, block);
    } catch (RlpException | ArithmeticException e) {
      throw new MalformedMessageException(e.getMessage());
    }
  }

  private static byte[] signature(RlpItem item, String what) {
    byte[] sig = string(item, what).bytes();
    if (sig.length != 65 && sig.length != 128) {
      throw new RlpException(what + " must be 65 (ECDSA) or 128 (SM2) bytes, got " + sig.length);
    }
    return sig;
  }

  private static RlpList list(RlpItem item, String what) {
    if (item instanceof RlpList l) {
      return l;
    }
    throw new RlpException(what + " must be an RLP list");
  }

  private static RlpString string(RlpItem item, String what) {
    if (item instanceof RlpString s) {
      return s;
    }
    throw new RlpException(what + " must be an RLP string");
  }
}
