package org.jbcos.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.codec.rlp.RlpItem;
import org.jbcos.codec.rlp.RlpList;

/**
 * An event log: emitting contract, up to four 32-byte topics, and data.
 *
 * @param address 20 bytes
 * @param topics each 32 bytes
 * @param data the non-indexed event data
 */
public record LogEntry(byte[] address, List<byte[]> topics, byte[] data) {
  public LogEntry {
    if (address.length != 20) {
      throw new ProtocolException("log address must be 20 bytes, got " + address.length);
    }
    for (byte[] t : topics) {
      if (t.length != 32) {
        throw new ProtocolException("log topic must be 32 bytes, got " + t.length);
      }
    }
    address = address.clone();
    topics = topics.stream().map(byte[]::clone).toList();
    data = data.clone();
  }

  /** RLP [address, [topic...], data]. */
  public byte[] encode() {
    List<byte[]> encodedTopics = new ArrayList<>(topics.size());
    for (byte[] t : topics) {
      encodedTopics.add(Rlp.encodeBytes(t));
    }
    return Rlp.encodeList(
        Rlp.encodeBytes(address), Rlp.encodeList(encodedTopics), Rlp.encodeBytes(data));
  }

  static LogEntry fromRlp(RlpItem item) {
    RlpList list = item.asList("log").requireSize("log", 3);
    List<byte[]> topics = new ArrayList<>();
    for (RlpItem t : list.get(1).asList("log topics").items()) {
      topics.add(t.asString("log topic").asFixed("log topic", 32, false));
    }
    return new LogEntry(
        list.get(0).asString("log address").asFixed("log address", 20, false),
        topics,
        list.get(2).asString("log data").bytes());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LogEntry other) || topics.size() != other.topics.size()) {
      return false;
    }
    for (int i = 0; i < topics.size(); i++) {
      if (!Arrays.equals(topics.get(i), other.topics.get(i))) {
        return false;
      }
    }
    return Arrays.equals(address, other.address) && Arrays.equals(data, other.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(address) * 31 + Arrays.hashCode(data);
  }
}
