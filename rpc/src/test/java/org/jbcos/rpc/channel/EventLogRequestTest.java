package org.jbcos.rpc.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.LogEntry;
import org.junit.jupiter.api.Test;

class EventLogRequestTest {
  private static final String ADDRESS = "0x8c17cf316c1063ab6c89df875e96c9f0f5b2f744";
  private static final String TOPIC_A = "0x" + "aa".repeat(32);
  private static final String TOPIC_B = "0x" + "bb".repeat(32);

  private static Optional<EventLogRequest> parse(String json) {
    return EventLogRequest.parse(
        TopicBody.encode("", json.getBytes(StandardCharsets.UTF_8)), false);
  }

  private static LogEntry log(String address, String... topics) {
    return new LogEntry(
        Hex.decode(address), List.of(topics).stream().map(Hex::decode).toList(), new byte[0]);
  }

  @Test
  void parsesTheSdkRequest() {
    EventLogRequest r =
        parse(
                "{\"fromBlock\":\"1\",\"toBlock\":\"latest\",\"addresses\":[\""
                    + ADDRESS.toUpperCase().replace("0X", "0x")
                    + "\"],\"topics\":[null,[\""
                    + TOPIC_A
                    + "\",\""
                    + TOPIC_B
                    + "\"]],\"groupID\":\"1\",\"filterID\":\"abc\"}")
            .orElseThrow();
    assertThat(r.filterId()).isEqualTo("abc");
    assertThat(r.groupId()).isEqualTo(1);
    assertThat(r.fromBlock()).hasValue(1);
    assertThat(r.toBlock()).isEmpty();
    assertThat(r.addresses()).containsExactly(ADDRESS);
    assertThat(r.topics()).containsExactly(Set.of(), Set.of(TOPIC_A, TOPIC_B));
  }

  @Test
  void refusesMissingOrMalformedFields() {
    assertThat(parse("{\"addresses\":[],\"topics\":[],\"groupID\":\"1\"}")).isEmpty();
    assertThat(parse("{\"topics\":[],\"groupID\":\"1\",\"filterID\":\"f\"}")).isEmpty();
    assertThat(parse("{\"addresses\":[],\"topics\":[],\"groupID\":\"x\",\"filterID\":\"f\"}"))
        .isEmpty();
    assertThat(
            parse(
                "{\"addresses\":[],\"topics\":[null,null,null,null,null],\"groupID\":\"1\","
                    + "\"filterID\":\"f\"}"))
        .isEmpty();
    assertThat(
            parse(
                "{\"fromBlock\":\"one\",\"addresses\":[],\"topics\":[],\"groupID\":\"1\","
                    + "\"filterID\":\"f\"}"))
        .isEmpty();
    assertThat(EventLogRequest.parse(new byte[] {1, '{'}, false)).isEmpty();
  }

  @Test
  void matchesAddressesAndTopicPositions() {
    EventLogRequest r =
        parse(
                "{\"addresses\":[\""
                    + ADDRESS
                    + "\"],\"topics\":[null,\""
                    + TOPIC_B
                    + "\"],\"groupID\":1,\"filterID\":\"f\"}")
            .orElseThrow();
    EventLogFilter f = new EventLogFilter(null, "f", 1, r.addresses(), r.topics(), Long.MAX_VALUE);
    assertThat(f.matches(log(ADDRESS, TOPIC_A, TOPIC_B))).isTrue();
    assertThat(f.matches(log(ADDRESS, TOPIC_B, TOPIC_A))).isFalse();
    assertThat(f.matches(log(ADDRESS, TOPIC_A))).isFalse();
    assertThat(f.matches(log("0x" + "00".repeat(20), TOPIC_A, TOPIC_B))).isFalse();
    EventLogFilter all = new EventLogFilter(null, "g", 1, Set.of(), List.of(), 5);
    assertThat(all.matches(log("0x" + "00".repeat(20)))).isTrue();
  }
}
