package org.jbcos.tools.evm;

import java.util.ArrayList;
import java.util.List;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.Keccak256;
import org.jbcos.evm.Log;
import org.jbcos.evm.Word;

/**
 * The state tests' {@code logs} field: Keccak-256 of {@code rlp([[address, [topics], data]...])}.
 */
public final class LogsHash {
  /** The hash of no logs, Keccak-256 of RLP([]). */
  public static final byte[] EMPTY = of(List.of());

  private LogsHash() {}

  public static byte[] of(List<Log> logs) {
    List<byte[]> encoded = new ArrayList<>(logs.size());
    for (Log log : logs) {
      List<byte[]> topics = new ArrayList<>(log.topics().size());
      for (Word topic : log.topics()) {
        topics.add(Rlp.encodeBytes(topic.toBytes()));
      }
      encoded.add(
          Rlp.encodeList(
              Rlp.encodeBytes(log.address().toBytes()),
              Rlp.encodeList(topics),
              Rlp.encodeBytes(log.data())));
    }
    return Keccak256.INSTANCE.hash(Rlp.encodeList(encoded));
  }
}
