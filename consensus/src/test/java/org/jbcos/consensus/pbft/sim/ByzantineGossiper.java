package org.jbcos.consensus.pbft.sim;

import java.util.List;
import java.util.Random;
import org.jbcos.consensus.pbft.Gossiper;
import org.jbcos.consensus.pbft.MalformedMessageException;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.consensus.pbft.PacketType;
import org.jbcos.consensus.pbft.PbftCrypto;
import org.jbcos.consensus.pbft.PbftMessage;
import org.jbcos.consensus.pbft.PbftMessageCodec;

/**
 * Turns a node Byzantine at the network edge: as leader it equivocates (a different block to the
 * odd-indexed peers), and it sprinkles garbage bytes, messages with broken signatures, messages
 * claiming another sealer's index, duplicates and votes for views far ahead.
 */
final class ByzantineGossiper implements Gossiper {
  private final int self;
  private final List<NodeId> sealers;
  private final Gossiper network;
  private final PbftCrypto crypto;
  private final Random random;

  ByzantineGossiper(
      int self, List<NodeId> sealers, Gossiper network, PbftCrypto crypto, Random random) {
    this.self = self;
    this.sealers = sealers;
    this.network = network;
    this.crypto = crypto;
    this.random = random;
  }

  @Override
  public void send(NodeId to, byte[] message) {
    network.send(to, message);
  }

  @Override
  public void broadcast(byte[] message) {
    PbftMessage m;
    try {
      m = PbftMessageCodec.decode(message);
    } catch (MalformedMessageException e) {
      throw new AssertionError(e);
    }
    byte[] twin = message;
    if (m.type() == PacketType.PREPARE) {
      SimBlock b = SimBlock.decode(m.block());
      if (!b.txs().isEmpty()) {
        byte[] other = b.withTimestamp(b.timestamp() + 1).encode();
        twin =
            PbftMessageCodec.encode(
                PbftMessage.signed(
                    PacketType.PREPARE,
                    m.height(),
                    m.view(),
                    m.idx(),
                    m.timestamp(),
                    crypto.hash(other),
                    other,
                    crypto));
      }
    }
    for (int to = 0; to < sealers.size(); to++) {
      if (to == self) {
        continue;
      }
      NodeId peer = sealers.get(to);
      network.send(peer, to % 2 == 1 ? twin : message);
      double dice = random.nextDouble();
      if (dice < 0.05) {
        network.send(peer, garbage());
      } else if (dice < 0.10) {
        network.send(peer, brokenSignature(m));
      } else if (dice < 0.15) {
        network.send(peer, impersonating(m, (self + 1) % sealers.size()));
      } else if (dice < 0.20) {
        network.send(peer, message);
      } else if (dice < 0.25) {
        network.send(peer, farFutureVote(m));
      }
    }
  }

  private byte[] garbage() {
    byte[] g = new byte[1 + random.nextInt(200)];
    random.nextBytes(g);
    return g;
  }

  private byte[] brokenSignature(PbftMessage m) {
    byte[] sig = m.sig();
    sig[random.nextInt(32)] ^= 1;
    return PbftMessageCodec.encode(
        new PbftMessage(
            m.type(),
            m.height(),
            m.view(),
            m.idx(),
            m.timestamp(),
            m.blockHash(),
            sig,
            m.sig2(),
            m.block()));
  }

  /** Signed with its own key but claiming {@code idx}: must fail the signature check. */
  private byte[] impersonating(PbftMessage m, int idx) {
    return PbftMessageCodec.encode(
        PbftMessage.signed(
            m.type(), m.height(), m.view(), idx, m.timestamp(), m.blockHash(), m.block(), crypto));
  }

  /** Validly signed votes for views it will never reach: must stay bounded in the caches. */
  private byte[] farFutureVote(PbftMessage m) {
    return PbftMessageCodec.encode(
        PbftMessage.signed(
            PacketType.VIEW_CHANGE,
            m.height(),
            m.view() + 5 + random.nextInt(1_000_000),
            self,
            m.timestamp(),
            m.blockHash(),
            new byte[0],
            crypto));
  }
}
