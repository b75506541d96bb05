package org.jbcos.node.sync;

import java.util.List;
import java.util.Optional;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.ledger.Ledger;
import org.jbcos.node.pbft.LedgerChainView;
import org.jbcos.sync.SyncChain;

/** The group's ledger as sync sees it. */
final class LedgerSyncChain implements SyncChain {
  private final Ledger ledger;
  private final CryptoSuite suite;
  private final LedgerChainView chainView;
  private final byte[] genesisHash;

  LedgerSyncChain(Ledger ledger, CryptoSuite suite, LedgerChainView chainView) {
    this.ledger = ledger;
    this.suite = suite;
    this.chainView = chainView;
    this.genesisHash = ledger.blockHash(0).orElseThrow();
  }

  @Override
  public long headNumber() {
    return ledger.blockNumber();
  }

  @Override
  public byte[] headHash() {
    return ledger.blockHash(ledger.blockNumber()).orElseThrow();
  }

  @Override
  public byte[] genesisHash() {
    return genesisHash.clone();
  }

  @Override
  public Optional<byte[]> encodedBlock(long number) {
    return ledger.blockByNumber(number).map(b -> b.encode(suite));
  }

  @Override
  public List<NodeId> sealers() {
    return chainView.sealers();
  }

  @Override
  public long transactionCountLimit() {
    return chainView.txCountLimit();
  }
}
