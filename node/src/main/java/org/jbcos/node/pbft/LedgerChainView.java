package org.jbcos.node.pbft;

import java.util.List;
import org.jbcos.consensus.pbft.ChainView;
import org.jbcos.consensus.pbft.NodeId;
import org.jbcos.crypto.Hex;
import org.jbcos.ledger.Ledger;
import org.jbcos.ledger.SystemConfigKeys;

/** PBFT's view of the group's chain: head, sealers and system config, from the ledger. */
public final class LedgerChainView implements ChainView {
  /** FISCO's default {@code consensus_timeout}, in seconds. */
  public static final long DEFAULT_TIMEOUT_SECONDS = 3;

  private final Ledger ledger;
  private final long genesisTimeoutSeconds;
  private volatile CachedSealers cached = new CachedSealers(-1, List.of());

  private record CachedSealers(long head, List<NodeId> sealers) {}

  public LedgerChainView(Ledger ledger, long genesisTimeoutSeconds) {
    this.ledger = ledger;
    this.genesisTimeoutSeconds = genesisTimeoutSeconds;
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
  public List<NodeId> sealers() {
    long head = ledger.blockNumber();
    CachedSealers c = cached;
    if (c.head() != head) {
      c =
          new CachedSealers(
              head, ledger.sealers().stream().map(h -> new NodeId(Hex.decode(h))).toList());
      cached = c;
    }
    return c.sealers();
  }

  @Override
  public long consensusTimeoutMillis() {
    return 1000L * longConfig(SystemConfigKeys.CONSENSUS_TIMEOUT, genesisTimeoutSeconds);
  }

  @Override
  public int txCountLimit() {
    return (int) Math.min(Integer.MAX_VALUE, longConfig(SystemConfigKeys.TX_COUNT_LIMIT, 1000));
  }

  private long longConfig(String key, long fallback) {
    return ledger
        .systemConfig(key)
        .map(
            v -> {
              try {
                return Long.parseLong(v.trim());
              } catch (NumberFormatException e) {
                return fallback;
              }
            })
        .orElse(fallback);
  }
}
