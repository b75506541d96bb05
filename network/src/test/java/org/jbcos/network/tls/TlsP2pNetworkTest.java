package org.jbcos.network.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.network.ModuleId;
import org.jbcos.network.NodeId;
import org.jbcos.network.P2pMessage;
import org.jbcos.network.PeerListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TlsP2pNetworkTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final int PBFT_GROUP_1 = ModuleId.protocolId(1, ModuleId.PBFT);

  private final TestChain chain = new TestChain(CertKeyType.SECP256K1);
  private final List<TlsP2pNetwork> started = new ArrayList<>();

  @AfterEach
  void closeAll() {
    started.forEach(TlsP2pNetwork::close);
  }

  private TlsP2pNetwork start(NodeCertificates certs, int port, List<Integer> peers) {
    TlsP2pNetwork n = TlsP2pNetwork.start(Cluster.settings(port, peers), certs);
    started.add(n);
    return n;
  }

  private record Received(NodeId from, P2pMessage message) {}

  private static BlockingQueue<Received> inbox(TlsP2pNetwork n, int moduleId) {
    BlockingQueue<Received> q = new LinkedBlockingQueue<>();
    n.registerHandler(moduleId, (from, m) -> q.add(new Received(from, m)));
    return q;
  }

  private static Received next(BlockingQueue<Received> q) throws InterruptedException {
    Received r = q.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(r).as("a message within %s", WAIT).isNotNull();
    return r;
  }

  @Test
  void threeNodesConnectExchangeAndBroadcast() throws Exception {
    NodeCertificates ca = chain.newNode();
    NodeCertificates cb = chain.newNode();
    NodeCertificates cc = chain.newNode();
    TlsP2pNetwork a = start(ca, 0, List.of());
    TlsP2pNetwork b = start(cb, 0, List.of(a.port()));
    TlsP2pNetwork c = start(cc, 0, List.of(a.port(), b.port()));
    Await.until(
        "a full mesh",
        WAIT,
        () ->
            a.connectedPeers().size() == 2
                && b.connectedPeers().size() == 2
                && c.connectedPeers().size() == 2);

    assertThat(a.self()).isEqualTo(ca.nodeId());
    assertThat(a.connectedPeers()).containsExactlyInAnyOrder(cb.nodeId(), cc.nodeId());
    assertThat(b.connectedPeers()).containsExactlyInAnyOrder(ca.nodeId(), cc.nodeId());
    assertThat(b.tlsDescription(a.self())).startsWith("TLSv1.2 TLS_ECDHE_ECDSA_WITH_AES_");

    BlockingQueue<Received> atA = inbox(a, ModuleId.PBFT);
    BlockingQueue<Received> atB = inbox(b, ModuleId.PBFT);
    BlockingQueue<Received> atC = inbox(c, ModuleId.PBFT);

    byte[] hello = "hello from a".getBytes(StandardCharsets.UTF_8);
    assertThat(a.send(b.self(), PBFT_GROUP_1, 3, hello)).isTrue();
    Received r = next(atB);
    assertThat(r.from()).isEqualTo(a.self());
    assertThat(r.message().payload()).isEqualTo(hello);
    assertThat(r.message().packetType()).isEqualTo(3);
    assertThat(r.message().groupId()).isEqualTo(1);

    byte[] back = new byte[5000]; // above the compression threshold
    assertThat(b.send(a.self(), PBFT_GROUP_1, 4, back)).isTrue();
    Received r2 = next(atA);
    assertThat(r2.from()).isEqualTo(b.self());
    assertThat(r2.message().payload()).isEqualTo(back);

    assertThat(c.broadcast(PBFT_GROUP_1, 5, new byte[] {7})).isEqualTo(2);
    assertThat(next(atA).from()).isEqualTo(c.self());
    assertThat(next(atB).from()).isEqualTo(c.self());
    assertThat(atC).isEmpty();
  }

  @Test
  void requestGetsItsResponse() throws Exception {
    TlsP2pNetwork a = start(chain.newNode(), 0, List.of());
    TlsP2pNetwork b = start(chain.newNode(), 0, List.of(a.port()));
    Await.until("connected", WAIT, () -> a.connectedPeers().contains(b.self()));
    a.registerHandler(
        ModuleId.BLOCK_SYNC,
        (from, m) ->
            a.respond(
                from,
                m,
                ("re:" + new String(m.payload(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8)));

    P2pMessage response =
        b.request(
                a.self(),
                ModuleId.protocolId(2, ModuleId.BLOCK_SYNC),
                1,
                "ping".getBytes(StandardCharsets.UTF_8),
                WAIT)
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);

    assertThat(response.isResponse()).isTrue();
    assertThat(response.groupId()).isEqualTo(2);
    assertThat(new String(response.payload(), StandardCharsets.UTF_8)).isEqualTo("re:ping");
  }

  @Test
  void connectionToSelfIsRefusedAndListenersHearConnects() throws Exception {
    int port = Await.freePort();
    BlockingQueue<NodeId> events = new LinkedBlockingQueue<>();
    TlsP2pNetwork a = start(chain.newNode(), port, List.of(port));
    a.addPeerListener(
        new PeerListener() {
          @Override
          public void onConnected(NodeId peer) {
            events.add(peer);
          }

          @Override
          public void onDisconnected(NodeId peer) {
            events.add(peer);
          }
        });
    Await.quietly(Duration.ofMillis(500));
    assertThat(a.connectedPeers()).isEmpty();
    TlsP2pNetwork b = start(chain.newNode(), 0, List.of(port));
    assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(b.self());
    b.close();
    assertThat(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(b.self());
    assertThat(a.connectedPeers()).isEmpty();
  }
}
