package org.jbcos.rpc.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.pki.CertificateAuthority;
import org.jbcos.crypto.pki.IssuedCertificate;
import org.jbcos.crypto.pki.LeafUsage;
import org.jbcos.protocol.Transaction;
import org.jbcos.rpc.FakeGroup;
import org.jbcos.rpc.FakeNode;
import org.jbcos.rpc.Json;
import org.jbcos.rpc.RpcServers;
import org.jbcos.rpc.TestCerts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The channel protocol frame by frame, with a bare TLS client. */
@Timeout(60)
class ChannelServerTest {
  static final int MAX_FRAME = 1024 * 1024;
  static TestCerts certs;
  static RpcServers servers;

  @BeforeAll
  static void start() throws Exception {
    certs = TestCerts.rsa();
    servers =
        new RpcServers(
            new FakeNode(false, 1),
            certs.serverTls(),
            new ChannelServer.Settings(MAX_FRAME, 60, 100, 8));
  }

  @AfterAll
  static void stop() {
    servers.close();
  }

  private TestChannelClient connect() throws Exception {
    return new TestChannelClient(servers.channel.port(), certs);
  }

  private static String rpc(String method, String params) {
    return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + ",\"id\":1}";
  }

  @Test
  void handshakeNegotiatesProtocol3AndHeartbeatsAnswer() throws Exception {
    try (TestChannelClient c = connect()) {
      ChannelMessage v1 = c.request(MessageType.CLIENT_HEARTBEAT, "0");
      ChannelMessage v1Reply = c.next();
      assertThat(v1Reply.seq()).isEqualTo(v1.seq());
      assertThat(v1Reply.text()).isEqualTo("1");

      ChannelMessage hello =
          c.request(
              MessageType.CLIENT_HANDSHAKE,
              "{\"maximumSupport\":3,\"minimumSupport\":1,\"clientType\":\"java-sdk\"}");
      ChannelMessage reply = c.next();
      assertThat(reply.type()).isEqualTo(MessageType.CLIENT_HANDSHAKE);
      assertThat(reply.seq()).isEqualTo(hello.seq());
      assertThat(reply.result()).isZero();
      JsonNode body = Json.parse(reply.data());
      assertThat(body.get("protocol").asInt()).isEqualTo(3);
      assertThat(body.get("nodeVersion").asText()).isEqualTo("2.9.0");

      ChannelMessage beat = c.request(MessageType.CLIENT_HEARTBEAT, "{\"heartBeat\":0}");
      ChannelMessage beatReply = c.next();
      assertThat(beatReply.seq()).isEqualTo(beat.seq());
      assertThat(beatReply.text()).isEqualTo("{\"heartBeat\":1}\n");
    }
  }

  @Test
  void handshakeOutsideOneToThreeDisconnects() throws Exception {
    try (TestChannelClient c = connect()) {
      c.request(MessageType.CLIENT_HANDSHAKE, "{\"maximumSupport\":9,\"minimumSupport\":4}");
      assertThat(c.closedWithin(10)).isTrue();
    }
  }

  @Test
  void rpcRepliesWithTheSameSeq() throws Exception {
    try (TestChannelClient c = connect()) {
      ChannelMessage request = c.request(MessageType.RPC_REQUEST, rpc("getBlockNumber", "[1]"));
      ChannelMessage reply = c.next();
      assertThat(reply.type()).isEqualTo(MessageType.RPC_REQUEST);
      assertThat(reply.seq()).isEqualTo(request.seq());
      assertThat(Json.parse(reply.data()).get("result").asText()).startsWith("0x");
    }
  }

  @Test
  void receiptPushFollowsTheReplyEvenWhenCommittedBeforeIt() throws Exception {
    FakeGroup group = servers.node.fake(1);
    group.instantCommit = true;
    try (TestChannelClient c = connect()) {
      c.request(MessageType.CLIENT_HANDSHAKE, "{\"maximumSupport\":3,\"minimumSupport\":1}");
      c.next();
      for (int i = 0; i < 20; i++) {
        Transaction tx =
            group.transaction(
                group.cryptoSuite().generateKeyPair(), 1000 + i, group.blockNumber() + 10);
        ChannelMessage request =
            c.request(
                MessageType.RPC_REQUEST,
                rpc("sendRawTransaction", "[1,\"" + Hex.encodePrefixed(tx.encode()) + "\"]"));
        ChannelMessage reply = c.next();
        assertThat(reply.seq()).isEqualTo(request.seq());
        assertThat(reply.type()).isEqualTo(MessageType.RPC_REQUEST);
        String hash = Hex.encodePrefixed(tx.hash(group.cryptoSuite()));
        assertThat(Json.parse(reply.data()).get("result").asText()).isEqualTo(hash);
        ChannelMessage push = c.next();
        assertThat(push.type()).isEqualTo(MessageType.TRANSACTION_NOTIFY);
        assertThat(push.seq()).isEqualTo(request.seq());
        JsonNode receipt = Json.parse(push.data());
        assertThat(receipt.get("transactionHash").asText()).isEqualTo(hash);
        assertThat(receipt.get("status").asText()).isEqualTo("0x0");
      }
    } finally {
      group.instantCommit = false;
    }
  }

  @Test
  void blockNumberIsPushedToSubscribers() throws Exception {
    try (TestChannelClient c = connect()) {
      c.request(MessageType.CLIENT_HANDSHAKE, "{\"maximumSupport\":3,\"minimumSupport\":1}");
      c.next();
      c.request(MessageType.AMOP_CLIENT_SUBSCRIBE_TOPICS, "[\"_block_notify_1\"]");
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (servers.channel.subscriberCount("_block_notify_1") == 0) {
        assertThat(System.nanoTime()).isLessThan(deadline);
        Thread.sleep(10);
      }
      servers.channel.pushBlockNumber(1, 42);
      ChannelMessage push = c.next();
      assertThat(push.type()).isEqualTo(MessageType.BLOCK_NOTIFY);
      assertThat(push.seq()).isEqualTo(ChannelMessage.ZERO_SEQ);
      assertThat(TopicBody.topic(push.data())).isEqualTo("_block_notify_1");
      JsonNode body = Json.parse(TopicBody.payload(push.data()));
      assertThat(body.get("blockNumber").asLong()).isEqualTo(42);
      assertThat(body.get("groupID").asInt()).isEqualTo(1);
    }
  }

  @Test
  void amopWithoutSubscriberAnswers100() throws Exception {
    try (TestChannelClient c = connect()) {
      ChannelMessage request =
          new ChannelMessage(
              MessageType.AMOP_REQUEST,
              TestChannelClient.newSeq(),
              0,
              TopicBody.encode("nobody", "hi".getBytes(StandardCharsets.UTF_8)));
      c.send(request);
      ChannelMessage reply = c.next();
      assertThat(reply.type()).isEqualTo(MessageType.AMOP_RESPONSE);
      assertThat(reply.seq()).isEqualTo(request.seq());
      assertThat(reply.result()).isEqualTo(AmopRouter.NO_SUBSCRIBER);
    }
  }

  @Test
  void multicastReachesEverySubscriberAndIsAcknowledged() throws Exception {
    try (TestChannelClient sender = connect();
        TestChannelClient a = connect();
        TestChannelClient b = connect()) {
      a.request(MessageType.AMOP_CLIENT_SUBSCRIBE_TOPICS, "[\"news\"]");
      b.request(MessageType.AMOP_CLIENT_SUBSCRIBE_TOPICS, "[\"news\",\"other\"]");
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (servers.channel.subscriberCount("news") < 2) {
        assertThat(System.nanoTime()).isLessThan(deadline);
        Thread.sleep(10);
      }
      ChannelMessage news =
          new ChannelMessage(
              MessageType.AMOP_MULTICAST,
              TestChannelClient.newSeq(),
              0,
              TopicBody.encode("news", "hello".getBytes(StandardCharsets.UTF_8)));
      sender.send(news);
      ChannelMessage ack = sender.next();
      assertThat(ack.type()).isEqualTo(MessageType.AMOP_RESPONSE);
      assertThat(ack.seq()).isEqualTo(news.seq());
      assertThat(ack.result()).isZero();
      assertThat(a.next()).isEqualTo(news);
      assertThat(b.next()).isEqualTo(news);
    }
  }

  @Test
  void connectionsBeyondTheCapAreClosed() throws Exception {
    java.util.List<TestChannelClient> clients = new java.util.ArrayList<>();
    try {
      while (servers.channel.sessionCount() < 8) {
        clients.add(connect());
      }
      TestChannelClient extra;
      try {
        extra = connect();
      } catch (Exception refused) {
        return;
      }
      try (extra) {
        assertThat(extra.closedWithin(10)).isTrue();
      }
    } finally {
      clients.forEach(TestChannelClient::close);
    }
  }

  @Test
  void eventLogRegistrationErrors() throws Exception {
    try (TestChannelClient c = connect()) {
      String seq = TestChannelClient.newSeq();
      c.send(
          new ChannelMessage(
              MessageType.CLIENT_REGISTER_EVENT_LOG,
              seq,
              0,
              TopicBody.encode(
                  "",
                  ("{\"fromBlock\":\"5\",\"toBlock\":\"2\",\"addresses\":[],\"topics\":[],"
                          + "\"groupID\":\"1\",\"filterID\":\"f1\"}")
                      .getBytes(StandardCharsets.UTF_8))));
      ChannelMessage reply = c.next();
      assertThat(reply.seq()).isEqualTo(seq);
      assertThat(Json.parse(TopicBody.payload(reply.data())).get("result").asInt())
          .isEqualTo(EventLogService.INVALID_REQUEST_RANGE);
      c.send(
          new ChannelMessage(
              MessageType.CLIENT_REGISTER_EVENT_LOG,
              seq,
              0,
              TopicBody.encode(
                  "",
                  ("{\"addresses\":[],\"topics\":[],\"groupID\":\"9\",\"filterID\":\"f2\"}")
                      .getBytes(StandardCharsets.UTF_8))));
      assertThat(Json.parse(TopicBody.payload(c.next().data())).get("result").asInt())
          .isEqualTo(EventLogService.GROUP_NOT_EXIST);
      c.send(
          new ChannelMessage(
              MessageType.CLIENT_UNREGISTER_EVENT_LOG,
              seq,
              0,
              TopicBody.encode("", "{\"filterID\":\"f3\"}".getBytes(StandardCharsets.UTF_8))));
      assertThat(Json.parse(TopicBody.payload(c.next().data())).get("result").asInt())
          .isEqualTo(EventLogService.NONEXISTENT_EVENT);
    }
  }

  @Test
  void refusesAnSdkCertificateFromAnotherIssuer() throws Exception {
    IssuedCertificate agency =
        CertificateAuthority.issueIntermediate(
            certs.ca, "CN=agency,O=fisco-bcos,OU=agency", Duration.ofDays(1));
    IssuedCertificate stranger =
        CertificateAuthority.issueLeaf(
            agency, "CN=sdk,O=fisco-bcos,OU=sdk", Duration.ofDays(1), LeafUsage.TLS);
    TestChannelClient c;
    try {
      c = new TestChannelClient(servers.channel.port(), certs.ca, stranger, agency);
    } catch (Exception refusedDuringHandshake) {
      return;
    }
    try (c) {
      assertThat(c.closedWithin(10)).isTrue();
    }
  }

  @Test
  void anOversizedFrameClosesOnlyThatConnection() throws Exception {
    try (TestChannelClient bad = connect();
        TestChannelClient good = connect()) {
      bad.sendRaw(ByteBuffer.allocate(6).putInt(MAX_FRAME + 1).putShort((short) 0x12).array());
      assertThat(bad.closedWithin(10)).isTrue();
      ChannelMessage beat = good.request(MessageType.CLIENT_HEARTBEAT, "0");
      assertThat(good.next().seq()).isEqualTo(beat.seq());
    }
  }

  @Test
  void aFrameShorterThanTheHeaderClosesTheConnection() throws Exception {
    try (TestChannelClient bad = connect()) {
      bad.sendRaw(ByteBuffer.allocate(8).putInt(10).putInt(0).array());
      assertThat(bad.closedWithin(10)).isTrue();
    }
  }
}
