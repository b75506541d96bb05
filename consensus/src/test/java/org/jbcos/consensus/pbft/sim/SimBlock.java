package org.jbcos.consensus.pbft.sim;

import java.util.ArrayList;
import java.util.List;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.codec.rlp.RlpItem;
import org.jbcos.codec.rlp.RlpList;
import org.jbcos.codec.rlp.RlpString;

/**
 * The simulated chain's block: RLP [number, parentHash, timestamp, sealer, [tx ids], stateRoot];
 * stateRoot is empty until the block is executed.
 */
record SimBlock(
    long number, byte[] parentHash, long timestamp, int sealer, List<Long> txs, byte[] stateRoot) {

  byte[] encode() {
    List<byte[]> ids = new ArrayList<>();
    for (long tx : txs) {
      ids.add(Rlp.encodeLong(tx));
    }
    return Rlp.encodeList(
        Rlp.encodeLong(number),
        Rlp.encodeBytes(parentHash),
        Rlp.encodeLong(timestamp),
        Rlp.encodeLong(sealer),
        Rlp.encodeList(ids),
        Rlp.encodeBytes(stateRoot));
  }

  /** Decodes, or throws a RuntimeException for bytes that are not a block. */
  static SimBlock decode(byte[] bytes) {
    RlpList l = ((RlpList) Rlp.decode(bytes)).requireSize("sim block", 6);
    List<Long> ids = new ArrayList<>();
    for (RlpItem i : ((RlpList) l.get(4)).items()) {
      ids.add(((RlpString) i).asLong("tx"));
    }
    return new SimBlock(
        ((RlpString) l.get(0)).asLong("number"),
        ((RlpString) l.get(1)).asFixed("parent", 32, false),
        ((RlpString) l.get(2)).asLong("timestamp"),
        (int) ((RlpString) l.get(3)).asLong("sealer"),
        List.copyOf(ids),
        ((RlpString) l.get(5)).asFixed("stateRoot", 32, true));
  }

  SimBlock withStateRoot(byte[] root) {
    return new SimBlock(number, parentHash, timestamp, sealer, txs, root);
  }

  SimBlock withTimestamp(long ts) {
    return new SimBlock(number, parentHash, ts, sealer, txs, stateRoot);
  }
}
