package org.jbcos.network.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jbcos.crypto.pki.CertKeyType;
import org.jbcos.network.ModuleId;
import org.jbcos.network.P2pMessage;
import org.junit.jupiter.api.Test;

class SmTlsP2pNetworkTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void smNodesConnectOverTls13WithSm2Certificates() throws Exception {
    TestChain chain = new TestChain(CertKeyType.SM2);
    NodeCertificates ca = chain.newNode();
    NodeCertificates cb = chain.newNode();
    try (TlsP2pNetwork a = TlsP2pNetwork.start(Cluster.settings(0, List.of()), ca);
        TlsP2pNetwork b = TlsP2pNetwork.start(Cluster.settings(0, List.of(a.port())), cb)) {
      Await.until("connected", WAIT, () -> a.connectedPeers().contains(cb.nodeId()));
      assertThat(b.connectedPeers()).containsExactly(ca.nodeId());
      assertThat(b.tlsDescription(a.self())).isEqualTo("TLSv1.3 TLS_SM4_GCM_SM3");
      BlockingQueue<P2pMessage> atA = new LinkedBlockingQueue<>();
      a.registerHandler(ModuleId.RAFT, (from, m) -> atA.add(m));
      b.send(a.self(), ModuleId.protocolId(1, ModuleId.RAFT), 1, new byte[] {1, 2, 3});
      assertThat(atA.poll(WAIT.toSeconds(), TimeUnit.SECONDS).payload()).containsExactly(1, 2, 3);
    }
  }
}
