package org.jbcos.rpc.channel;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One frame: type, 32-character seq, result code and body. On the wire: uint32 total length, uint16
 * type, 32 seq bytes, int32 result, body, all big-endian.
 *
 * @param type a {@link MessageType}
 * @param seq 32 ASCII characters; the SDK's are UUIDs without dashes
 * @param result 0 or an error code
 */
public record ChannelMessage(int type, String seq, int result, byte[] data) {
  public static final int HEADER_LENGTH = 4 + 2 + 32 + 4;
  public static final int SEQ_LENGTH = 32;

  /** The seq of node-initiated notifications (block notify, event-log push). */
  public static final String ZERO_SEQ = "0".repeat(SEQ_LENGTH);

  public ChannelMessage {
    Objects.requireNonNull(data, "data");
    if (seq.getBytes(StandardCharsets.ISO_8859_1).length != SEQ_LENGTH) {
      throw new IllegalArgumentException("seq must be 32 bytes, got '" + seq + "'");
    }
    if (type < 0 || type > 0xffff) {
      throw new IllegalArgumentException("type must fit 16 bits: " + type);
    }
  }

  /** A reply to {@code request}: same type and seq. */
  public static ChannelMessage replyTo(ChannelMessage request, byte[] data) {
    return new ChannelMessage(request.type(), request.seq(), 0, data);
  }

  public String text() {
    return new String(data, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChannelMessage m
        && type == m.type
        && result == m.result
        && seq.equals(m.seq)
        && java.util.Arrays.equals(data, m.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, seq, result, java.util.Arrays.hashCode(data));
  }

  @Override
  public String toString() {
    return "ChannelMessage[type=0x"
        + Integer.toHexString(type)
        + ", seq="
        + seq
        + ", result="
        + result
        + ", "
        + data.length
        + " bytes]";
  }
}
