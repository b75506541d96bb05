package org.jbcos.rpc.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jbcos.rpc.Json;
import org.jbcos.rpc.Params;

/**
 * A parsed 0x15 / 0x16 body (node libeventfilter/EventLogFilterParams.cpp): the topic prefix, then
 * {@code {"fromBlock","toBlock","addresses","topics","groupID","filterID"}}.
 *
 * @param fromBlock empty for "latest"
 * @param toBlock empty for "latest"
 */
record EventLogRequest(
    String filterId,
    int groupId,
    OptionalLong fromBlock,
    OptionalLong toBlock,
    Set<String> addresses,
    List<Set<String>> topics) {
  static final int MAX_TOPICS = 4;

  /** The request, or empty if a field is missing or malformed (-41001). */
  static Optional<EventLogRequest> parse(byte[] body, boolean filterOnly) {
    try {
      JsonNode json = Json.parse(TopicBody.payload(body));
      String filterId = json.path("filterID").asText("");
      if (filterId.isEmpty()) {
        return Optional.empty();
      }
      if (filterOnly) {
        return Optional.of(
            new EventLogRequest(
                filterId, 0, OptionalLong.empty(), OptionalLong.empty(), Set.of(), List.of()));
      }
      JsonNode group = json.get("groupID");
      BigInteger g = group == null ? null : Params.parseQuantity(group.asText());
      if (g == null || g.signum() <= 0 || g.bitLength() > 15) {
        return Optional.empty();
      }
      JsonNode addresses = json.get("addresses");
      JsonNode topics = json.get("topics");
      if (addresses == null || topics == null) {
        return Optional.empty();
      }
      List<Set<String>> topicSets = new ArrayList<>();
      if (topics.isTextual()) {
        topicSets.add(Set.of(hex(topics)));
      } else if (topics.isArray() && topics.size() <= MAX_TOPICS) {
        for (JsonNode t : topics) {
          topicSets.add(t.isNull() ? Set.of() : strings(t));
        }
      } else {
        return Optional.empty();
      }
      return Optional.of(
          new EventLogRequest(
              filterId,
              g.intValue(),
              block(json.get("fromBlock")),
              block(json.get("toBlock")),
              strings(addresses),
              topicSets));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Set<String> strings(JsonNode node) {
    Set<String> out = new HashSet<>();
    if (node.isTextual()) {
      out.add(hex(node));
    } else if (node.isArray()) {
      for (JsonNode e : node) {
        out.add(hex(e));
      }
    } else {
      throw new IllegalArgumentException("expected a string or an array of strings");
    }
    return Set.copyOf(out);
  }

  private static String hex(JsonNode node) {
    if (!node.isTextual()) {
      throw new IllegalArgumentException("expected a hex string");
    }
    String s = node.textValue().toLowerCase(Locale.ROOT);
    return s.startsWith("0x") ? s : "0x" + s;
  }

  private static OptionalLong block(JsonNode node) {
    if (node == null || node.isNull() || node.asText().equals("latest")) {
      return OptionalLong.empty();
    }
    BigInteger v = Params.parseQuantity(node.asText());
    if (v == null || v.bitLength() > 62) {
      throw new IllegalArgumentException("bad block number");
    }
    return OptionalLong.of(v.longValue());
  }
}
