package org.jbcos.rpc.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.jbcos.rpc.Json;

/** The 0x14 handshake and 0x13 heartbeat bodies (ChannelRPCServer::onClientHandshake). */
final class Handshake {
  static final int MIN_PROTOCOL = 1;
  static final int MAX_PROTOCOL = 3;

  private Handshake() {}

  /**
   * The protocol to use for an SDK's {@code {"minimumSupport","maximumSupport","clientType"}}, or
   * empty if its range misses 1..3 or the body is not such an object (then FISCO disconnects).
   */
  static OptionalInt negotiate(byte[] body) {
    JsonNode request;
    try {
      request = Json.parse(body);
    } catch (RuntimeException e) {
      return OptionalInt.empty();
    }
    if (!request.isObject()) {
      return OptionalInt.empty();
    }
    int min = request.path("minimumSupport").asInt(1);
    int max = request.path("maximumSupport").asInt(1);
    if (min > max || max < MIN_PROTOCOL || min > MAX_PROTOCOL) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Math.min(MAX_PROTOCOL, max));
  }

  static byte[] reply(String nodeVersion, int protocol) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nodeVersion", nodeVersion);
    m.put("protocol", protocol);
    return withNewline(Json.write(m));
  }

  static byte[] heartbeatReply(int protocol) {
    return protocol >= 2
        ? "{\"heartBeat\":1}\n".getBytes(StandardCharsets.UTF_8)
        : "1".getBytes(StandardCharsets.UTF_8);
  }

  static byte[] withNewline(byte[] json) {
    byte[] out = new byte[json.length + 1];
    System.arraycopy(json, 0, out, 0, json.length);
    out[json.length] = '\n';
    return out;
  }
}
