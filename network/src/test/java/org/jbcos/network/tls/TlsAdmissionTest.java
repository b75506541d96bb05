package org.jbcos.network.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslHandler;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.network.NodeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TlsAdmissionTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration QUIET = Duration.ofMillis(1500);

  private final TestChain chain = new TestChain(CertKeyType.SECP256K1);
  private final List<AutoCloseable> started = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : started) {
      c.close();
    }
  }

  private final java.util.Map<NodeId, Set<NodeId>> everConnected =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Every peer {@code n} reported as connected since it started. */
  private Set<NodeId> seen(TlsP2pNetwork n) {
    return everConnected.get(n.self());
  }

  private TlsP2pNetwork start(NodeCertificates certs, int port, List<Integer> peers) {
    return start(certs, port, peers, Set.of(), Set.of());
  }

  private TlsP2pNetwork start(
      NodeCertificates certs, int port, List<Integer> peers, Set<NodeId> black, Set<NodeId> white) {
    TlsP2pNetwork n = TlsP2pNetwork.start(Cluster.settings(port, peers, black, white), certs);
    Set<NodeId> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    everConnected.put(n.self(), seen);
    n.addPeerListener(
        new org.jbcos.network.PeerListener() {
          @Override
          public void onConnected(NodeId peer) {
            seen.add(peer);
          }

          @Override
          public void onDisconnected(NodeId peer) {}
        });
    started.add(n);
    return n;
  }

  @Test
  void aNodeOfAnotherChainCannotConnect() {
    TlsP2pNetwork a = start(chain.newNode(), 0, List.of());
    TestChain other = new TestChain(CertKeyType.SECP256K1);
    TlsP2pNetwork stranger = start(other.newNode(), 0, List.of(a.port()));
    TlsP2pNetwork friend = start(chain.newNode(), 0, List.of(a.port()));
    Await.until("the friend connects", WAIT, () -> a.connectedPeers().contains(friend.self()));
    Await.quietly(QUIET);
    assertThat(a.connectedPeers()).containsExactly(friend.self());
    assertThat(stranger.connectedPeers()).isEmpty();
  }

  @Test
  void blacklistedNodesAreRefusedBothWays() {
    NodeCertificates bad = chain.newNode();
    TlsP2pNetwork a = start(chain.newNode(), 0, List.of(), Set.of(bad.nodeId()), Set.of());
    TlsP2pNetwork b = start(bad, 0, List.of(a.port()));
    TlsP2pNetwork c = start(chain.newNode(), 0, List.of(a.port()));
    Await.until("c connects", WAIT, () -> a.connectedPeers().contains(c.self()));
    Await.quietly(QUIET);
    assertThat(a.connectedPeers()).containsExactly(c.self());
    assertThat(b.connectedPeers()).hasSizeLessThanOrEqualTo(1); // b may hold a for a moment
    assertThat(seen(a)).doesNotContain(b.self());
  }

  @Test
  void aNonEmptyWhitelistAdmitsOnlyItsNodes() {
    NodeCertificates listed = chain.newNode();
    TlsP2pNetwork a = start(chain.newNode(), 0, List.of(), Set.of(), Set.of(listed.nodeId()));
    TlsP2pNetwork unlisted = start(chain.newNode(), 0, List.of(a.port()));
    TlsP2pNetwork b = start(listed, 0, List.of(a.port()));
    Await.until("the listed node connects", WAIT, () -> a.connectedPeers().contains(b.self()));
    Await.quietly(QUIET);
    assertThat(a.connectedPeers()).containsExactly(b.self());
    assertThat(seen(a)).doesNotContain(unlisted.self());
  }

  @Test
  void garbageBytesCloseOnlyTheirConnection() throws Exception {
    TlsP2pNetwork a = start(chain.newNode(), 0, List.of());
    try (Socket junk = new Socket("127.0.0.1", a.port())) {
      OutputStream out = junk.getOutputStream();
      out.write(
          "GET / HTTP/1.1\r\n\r\n this is not TLS at all"
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      out.flush();
      junk.setSoTimeout((int) WAIT.toMillis());
      assertThat(junk.getInputStream().read(new byte[1024]))
          .as("server closes")
          .isLessThanOrEqualTo(7);
    }
    TlsP2pNetwork b = start(chain.newNode(), 0, List.of(a.port()));
    Await.until("b still connects", WAIT, () -> a.connectedPeers().contains(b.self()));
  }

  @Test
  void anOversizeFrameClosesTheConnectionAndOthersStayServed() throws Exception {
    TlsP2pNetwork a = start(chain.newNode(), 0, List.of());
    TlsP2pNetwork b = start(chain.newNode(), 0, List.of(a.port()));
    Await.until("b connects", WAIT, () -> a.connectedPeers().contains(b.self()));

    NodeCertificates rogue = chain.newNode();
    P2pTls tls = P2pTls.of(rogue);
    EventLoopGroup group = new NioEventLoopGroup(1);
    started.add(() -> group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly());
    Channel ch =
        new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel c) {
                    c.pipeline().addLast(tls.newHandler(c.alloc(), true));
                  }
                })
            .connect("127.0.0.1", a.port())
            .sync()
            .channel();
    assertThat(ch.pipeline().get(SslHandler.class).handshakeFuture().await(WAIT.toMillis()))
        .isTrue();
    Await.until("the rogue is admitted", WAIT, () -> a.connectedPeers().contains(rogue.nodeId()));

    byte[] header = new byte[16];
    header[0] = 0x7F; // ~2 GiB frame
    ch.writeAndFlush(Unpooled.wrappedBuffer(header));
    assertThat(ch.closeFuture().await(WAIT.toMillis())).as("server closed the connection").isTrue();
    Await.until("the rogue is gone", WAIT, () -> !a.connectedPeers().contains(rogue.nodeId()));
    assertThat(a.connectedPeers()).containsExactly(b.self());
  }

  @Test
  void reconnectsAfterAPeerRestarts() {
    int port = Await.freePort();
    NodeCertificates bCerts = chain.newNode();
    TlsP2pNetwork a = start(chain.newNode(), 0, List.of(port));
    TlsP2pNetwork b = TlsP2pNetwork.start(Cluster.settings(port, List.of()), bCerts);
    Await.until("a dials b", WAIT, () -> a.connectedPeers().contains(bCerts.nodeId()));
    b.close();
    Await.until("a notices", WAIT, () -> a.connectedPeers().isEmpty());
    TlsP2pNetwork restarted = start(bCerts, port, List.of());
    Await.until("a dials b again", WAIT, () -> a.connectedPeers().contains(bCerts.nodeId()));
    assertThat(restarted.connectedPeers()).containsExactly(a.self());
  }
}
