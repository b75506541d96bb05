package org.jbcos.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jbcos.crypto.KeyPair;
import org.jbcos.network.ModuleId;
import org.jbcos.network.memory.InMemoryP2pNetwork;
import org.jbcos.network.memory.SimulatedNetworkHub;
import org.jbcos.protocol.Transaction;
import org.junit.jupiter.api.Test;

/** The threaded wiring: real time, one handler per module routing by group, as a node does. */
class GroupSyncTest {
  private static final int GROUP = 3;

  @Test
  void catchesUpAndGossipsOnItsOwnThreads() throws InterruptedException {
    List<KeyPair> keys = TestChains.keys(3, 1200);
    List<GroupSync> groups = new ArrayList<>();
    List<List<Transaction>> sinks = new ArrayList<>();
    try (SimulatedNetworkHub hub = SimulatedNetworkHub.realTime(21)) {
      int[] heads = {60, 60, 0};
      for (int i = 0; i < 3; i++) {
        InMemoryP2pNetwork net = hub.join(TestChains.networkId(keys.get(i)));
        FakeChain chain = new FakeChain(TestChains.HONEST, heads[i]);
        List<Transaction> sink = new CopyOnWriteArrayList<>();
        GroupSync g =
            new GroupSync(
                GROUP,
                new P2pSyncTransport(net, GROUP, peer -> true),
                chain,
                chain,
                sink::add,
                TestChains.SUITE,
                SyncConfig.defaults().withStatusIntervalMillis(200),
                GossipConfig.defaults(),
                20);
        net.registerHandler(
            ModuleId.BLOCK_SYNC,
            (from, msg) -> {
              if (msg.groupId() == GROUP) {
                g.onMessage(from, msg.packetType(), msg.payload());
              }
            });
        groups.add(g);
        sinks.add(sink);
        g.start();
      }
      Transaction tx =
          Transaction.builder()
              .nonce(BigInteger.TEN)
              .blockLimit(100)
              .to(new byte[20])
              .sign(TestChains.SUITE, keys.get(0));
      groups.get(0).broadcastFromClient(List.of(tx));

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < deadline
          && (groups.get(2).status().headNumber() < 60 || sinks.get(2).isEmpty())) {
        Thread.sleep(20);
      }

      assertThat(groups.get(2).status().headNumber()).isEqualTo(60);
      assertThat(groups.get(2).status().syncing()).isFalse();
      assertThat(sinks.get(1)).hasSize(1);
      assertThat(sinks.get(2)).hasSize(1);
      assertThat(sinks.get(0)).isEmpty();
    } finally {
      groups.forEach(GroupSync::close);
    }
  }
}
