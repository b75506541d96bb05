package org.jbcos.rpc.channel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The topic-prefixed body of AMOP, block-notify and event-log frames: one byte L = topic length +
 * 1, the topic, then the payload (sdk-wire.md §1.4). The empty topic is the single byte 0x01.
 */
public final class TopicBody {
  public static final int MAX_TOPIC_BYTES = 254;

  private TopicBody() {}

  public static byte[] encode(String topic, byte[] payload) {
    byte[] t = topic.getBytes(StandardCharsets.UTF_8);
    if (t.length > MAX_TOPIC_BYTES) {
      throw new IllegalArgumentException("topic longer than 254 bytes: " + topic);
    }
    byte[] out = new byte[1 + t.length + payload.length];
    out[0] = (byte) (t.length + 1);
    System.arraycopy(t, 0, out, 1, t.length);
    System.arraycopy(payload, 0, out, 1 + t.length, payload.length);
    return out;
  }

  /** The topic of a prefixed body; fails if the prefix runs past the body. */
  public static String topic(byte[] body) {
    int l = prefixLength(body);
    return new String(body, 1, l - 1, StandardCharsets.UTF_8);
  }

  public static byte[] payload(byte[] body) {
    return Arrays.copyOfRange(body, prefixLength(body), body.length);
  }

  private static int prefixLength(byte[] body) {
    if (body.length == 0) {
      throw new IllegalArgumentException("a topic-prefixed body cannot be empty");
    }
    int l = body[0] & 0xff;
    if (l < 1 || l > body.length) {
      throw new IllegalArgumentException(
          "topic prefix length " + l + " does not fit the " + body.length + "-byte body");
    }
    return l;
  }
}
