package org.jbcos.protocol;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.codec.rlp.RlpException;
import org.jbcos.codec.rlp.RlpItem;
import org.jbcos.codec.rlp.RlpList;
import org.jbcos.crypto.CryptoSuite;

/**
 * A 2.x block header: a 13-item RLP list whose hash is the block hash (sdk-wire.md §4.5).
 *
 * @param parentHash 32 bytes
 * @param stateRoot 32 bytes
 * @param transactionsRoot 32 bytes, see {@link MerkleTree}
 * @param receiptsRoot 32 bytes
 * @param dbHash 32 bytes, the storage state root
 * @param logBloom OR of all receipts' blooms
 * @param number block height
 * @param gasLimit unused by FISCO (0)
 * @param gasUsed total gas of the block's transactions
 * @param timestamp Unix milliseconds
 * @param extraData free byte strings
 * @param sealer index of the sealer in {@code sealerList}
 * @param sealerList node ids (64 bytes each) of the sealers at this height
 */
public record BlockHeader(
    byte[] parentHash,
    byte[] stateRoot,
    byte[] transactionsRoot,
    byte[] receiptsRoot,
    byte[] dbHash,
    LogBloom logBloom,
    long number,
    BigInteger gasLimit,
    BigInteger gasUsed,
    long timestamp,
    List<byte[]> extraData,
    BigInteger sealer,
    List<byte[]> sealerList) {

  public BlockHeader {
    parentHash = hash32("parentHash", parentHash);
    stateRoot = hash32("stateRoot", stateRoot);
    transactionsRoot = hash32("transactionsRoot", transactionsRoot);
    receiptsRoot = hash32("receiptsRoot", receiptsRoot);
    dbHash = hash32("dbHash", dbHash);
    if (number < 0 || timestamp < 0) {
      throw new ProtocolException("block number and timestamp must not be negative");
    }
    extraData = extraData.stream().map(byte[]::clone).toList();
    for (byte[] id : sealerList) {
      if (id.length != 64) {
        throw new ProtocolException("a sealer node id is 64 bytes, got " + id.length);
      }
    }
    sealerList = sealerList.stream().map(byte[]::clone).toList();
  }

  private static byte[] hash32(String what, byte[] h) {
    if (h.length != 32) {
      throw new ProtocolException(what + " must be 32 bytes, got " + h.length);
    }
    return h.clone();
  }

  public byte[] encode() {
    List<byte[]> extra = new ArrayList<>();
    for (byte[] e : extraData) {
      extra.add(Rlp.encodeBytes(e));
    }
    List<byte[]> sealers = new ArrayList<>();
    for (byte[] s : sealerList) {
      sealers.add(Rlp.encodeBytes(s));
    }
    return Rlp.encodeList(
        Rlp.encodeBytes(parentHash),
        Rlp.encodeBytes(stateRoot),
        Rlp.encodeBytes(transactionsRoot),
        Rlp.encodeBytes(receiptsRoot),
        Rlp.encodeBytes(dbHash),
        Rlp.encodeBytes(logBloom.toBytes()),
        Rlp.encodeLong(number),
        Rlp.encodeUnsigned(gasLimit),
        Rlp.encodeUnsigned(gasUsed),
        Rlp.encodeLong(timestamp),
        Rlp.encodeList(extra),
        Rlp.encodeUnsigned(sealer),
        Rlp.encodeList(sealers));
  }

  /** The block hash. */
  public byte[] hash(CryptoSuite suite) {
    return suite.hash(encode());
  }

  public static BlockHeader decode(byte[] encoded) {
    try {
      return fromRlp(Rlp.decode(encoded));
    } catch (RlpException e) {
      throw new ProtocolException("malformed block header: " + e.getMessage(), e);
    }
  }

  static BlockHeader fromRlp(RlpItem item) {
    RlpList l = item.asList("block header").requireSize("block header", 13);
    List<byte[]> extra = new ArrayList<>();
    for (RlpItem e : l.get(10).asList("extraData").items()) {
      extra.add(e.asString("extraData item").bytes());
    }
    List<byte[]> sealers = new ArrayList<>();
    for (RlpItem s : l.get(12).asList("sealerList").items()) {
      sealers.add(s.asString("sealer node id").asFixed("sealer node id", 64, false));
    }
    return new BlockHeader(
        fixed(l, 0, "parentHash"),
        fixed(l, 1, "stateRoot"),
        fixed(l, 2, "transactionsRoot"),
        fixed(l, 3, "receiptsRoot"),
        fixed(l, 4, "dbHash"),
        LogBloom.wrap(l.get(5).asString("logBloom").asFixed("logBloom", 256, false)),
        l.get(6).asString("number").asLong("number"),
        l.get(7).asString("gasLimit").asUnsigned("gasLimit", 32),
        l.get(8).asString("gasUsed").asUnsigned("gasUsed", 32),
        l.get(9).asString("timestamp").asLong("timestamp"),
        extra,
        l.get(11).asString("sealer").asUnsigned("sealer", 32),
        sealers);
  }

  private static byte[] fixed(RlpList l, int i, String what) {
    return l.get(i).asString(what).asFixed(what, 32, false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlockHeader other && Arrays.equals(encode(), other.encode());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }
}
