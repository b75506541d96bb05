package org.jbcos.node.rpc;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jbcos.consensus.BlockListener;
import org.jbcos.consensus.pbft.PbftStatus;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.evm.TransactionResult;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.executor.BlockExecutor;
import org.jbcos.executor.ExecutionContext;
import org.jbcos.executor.ParallelExecution;
import org.jbcos.executor.StorageWorldState;
import org.jbcos.executor.precompiled.GasMetrics;
import org.jbcos.ledger.Ledger;
import org.jbcos.ledger.SystemConfigKeys;
import org.jbcos.node.runtime.GroupRuntime;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;
import org.jbcos.rpc.backend.Admission;
import org.jbcos.rpc.backend.CallRequest;
import org.jbcos.rpc.backend.CallResult;
import org.jbcos.rpc.backend.ChainQueries;
import org.jbcos.rpc.backend.ConsensusQueries;
import org.jbcos.rpc.backend.ConsensusStatus;
import org.jbcos.rpc.backend.ContractCaller;
import org.jbcos.rpc.backend.GroupBackend;
import org.jbcos.rpc.backend.SyncStatus;
import org.jbcos.rpc.backend.TransactionCount;
import org.jbcos.rpc.backend.TransactionLocation;
import org.jbcos.rpc.backend.TransactionOutcome;
import org.jbcos.rpc.backend.TransactionPool;
import org.jbcos.storage.BlockTableFactory;

/** One running group as the RPC layer sees it. */
final class GroupRpcBackend implements GroupBackend, BlockListener {
  private final GroupRuntime group;
  private final String nodeId;
  private final BlockExecutor executor;
  private final ConcurrentMap<ByteBuffer, CompletableFuture<TransactionOutcome>> waiting =
      new ConcurrentHashMap<>();

  /**
   * Completes the waiting clients' outcomes, which builds and pushes a receipt per transaction: RPC
   * work that used to run on the committing thread (PBFT's, sync's or the solo sealer's), about a
   * fifth of the PBFT thread's time under load. One thread keeps blocks in order; it stops when
   * idle, so nothing needs closing.
   */
  private final ThreadPoolExecutor outcomes;

  GroupRpcBackend(
      GroupRuntime group, String nodeId, GasSchedule schedule, GasMetrics systemContractGas) {
    this.group = group;
    this.nodeId = nodeId;
    this.outcomes =
        new ThreadPoolExecutor(
            1,
            1,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "group" + group.groupId() + "-receipts");
              t.setDaemon(true);
              return t;
            });
    outcomes.allowCoreThreadTimeOut(true);
    this.executor =
        new BlockExecutor(
            group.suite(), schedule, ParallelExecution.onAllCores(), systemContractGas);
    group.addBlockListener(this);
    group
        .pool()
        .setDropListener(
            (hash, reason) -> {
              CompletableFuture<TransactionOutcome> f = waiting.remove(ByteBuffer.wrap(hash));
              if (f != null) {
                f.complete(new TransactionOutcome.Dropped(reason));
              }
            });
  }

  private Ledger ledger() {
    return group.ledger();
  }

  private CryptoSuite suite() {
    return group.suite();
  }

  @Override
  public int groupId() {
    return group.groupId();
  }

  @Override
  public CryptoSuite cryptoSuite() {
    return suite();
  }

  @Override
  public boolean isMember() {
    return true;
  }

  @Override
  public void onBlockCommitted(Block block) {
    List<Integer> indexes = new ArrayList<>();
    List<CompletableFuture<TransactionOutcome>> futures = new ArrayList<>();
    for (int i = 0; i < block.transactions().size(); i++) {
      CompletableFuture<TransactionOutcome> f =
          waiting.remove(ByteBuffer.wrap(block.transactions().get(i).hash(suite())));
      if (f != null) {
        indexes.add(i);
        futures.add(f);
      }
    }
    if (futures.isEmpty()) {
      return;
    }
    byte[] hash = block.header().hash(suite());
    outcomes.execute(
        () -> {
          for (int k = 0; k < futures.size(); k++) {
            futures.get(k).complete(new TransactionOutcome.Committed(block, hash, indexes.get(k)));
          }
        });
  }

  @Override
  public ChainQueries chain() {
    return new ChainQueries() {
      @Override
      public long blockNumber() {
        return ledger().blockNumber();
      }

      @Override
      public Optional<Block> blockByNumber(long number) {
        return ledger().blockByNumber(number);
      }

      @Override
      public Optional<Block> blockByHash(byte[] hash) {
        return ledger().blockByHash(hash);
      }

      @Override
      public Optional<byte[]> blockHash(long number) {
        return ledger().blockHash(number);
      }

      @Override
      public Optional<TransactionLocation> locateTransaction(byte[] txHash) {
        return ledger()
            .transactionLocation(txHash)
            .map(l -> new TransactionLocation(l.blockNumber(), l.index()));
      }

      @Override
      public TransactionCount transactionCount() {
        return new TransactionCount(
            BigInteger.valueOf(ledger().totalTransactionCount()),
            BigInteger.valueOf(ledger().totalFailedTransactionCount()),
            ledger().blockNumber());
      }

      @Override
      public byte[] code(byte[] address) {
        BlockTableFactory view = view();
        return new StorageWorldState(view, suite().hashFunction()).code(Address.wrap(address));
      }

      @Override
      public Optional<String> systemConfig(String key) {
        return ledger().systemConfig(key);
      }

      @Override
      public List<byte[]> sealers() {
        return ledger().sealers().stream().map(Hex::decode).toList();
      }

      @Override
      public List<byte[]> observers() {
        return ledger().observers().stream().map(Hex::decode).toList();
      }
    };
  }

  private BlockTableFactory view() {
    return new BlockTableFactory(
        group.storage(), suite().hashFunction(), ledger().blockNumber() + 1);
  }

  @Override
  public TransactionPool transactionPool() {
    return new TransactionPool() {
      @Override
      public Admission submit(Transaction tx) {
        ByteBuffer key = ByteBuffer.wrap(tx.hash(suite()));
        CompletableFuture<TransactionOutcome> outcome = new CompletableFuture<>();
        waiting.put(key, outcome);
        org.jbcos.txpool.Admission a = group.submitFromClient(tx);
        if (a.status() != ReceiptStatus.NONE) {
          waiting.remove(key, outcome);
          return new Admission.Rejected(a.status());
        }
        return new Admission.Accepted(outcome);
      }

      @Override
      public List<Transaction> pending() {
        return group.pool().pending();
      }

      @Override
      public int pendingCount() {
        return group.pool().size();
      }
    };
  }

  @Override
  public ContractCaller caller() {
    return (CallRequest request) -> {
      long number = ledger().blockNumber();
      long gasLimit =
          ledger()
              .systemConfig(SystemConfigKeys.TX_GAS_LIMIT)
              .map(Long::parseLong)
              .orElse(300_000_000L);
      if (request.to().isEmpty()) {
        return new CallResult(number, ReceiptStatus.CALL_ADDRESS_ERROR.code(), new byte[0]);
      }
      TransactionResult r =
          executor.call(
              view(),
              new ExecutionContext(
                  suite(), number + 1, System.currentTimeMillis(), Address.ZERO, gasLimit),
              Address.wrap(request.from().length == 20 ? request.from() : new byte[20]),
              Address.wrap(request.to().get()),
              request.data());
      int status =
          r.halt().isSuccess()
              ? 0
              : r.halt() == org.jbcos.evm.Halt.REVERT
                  ? ReceiptStatus.REVERT_INSTRUCTION.code()
                  : ReceiptStatus.BAD_INSTRUCTION.code();
      return new CallResult(number, status, r.output());
    };
  }

  @Override
  public ConsensusQueries consensus() {
    return new ConsensusQueries() {
      @Override
      public OptionalLong pbftView() {
        return OptionalLong.of(group.pbftStatus().map(PbftStatus::view).orElse(0L));
      }

      @Override
      public ConsensusStatus status() {
        List<String> sealers = ledger().sealers();
        long number = ledger().blockNumber();
        Optional<PbftStatus> pbft = group.pbftStatus();
        long view = pbft.map(PbftStatus::view).orElse(0L);
        return new ConsensusStatus(
            sealers.indexOf(nodeId),
            (sealers.size() - 1) / 3,
            number,
            number,
            ledger().blockHash(number).orElse(new byte[32]),
            groupId(),
            65536 * groupId() + 8,
            sealers.contains(nodeId),
            false,
            true,
            true,
            nodeId,
            sealers,
            Math.max(0, sealers.size() - 1),
            Optional.of(
                new ConsensusStatus.Pbft(
                    view,
                    pbft.map(PbftStatus::toView).orElse(0L),
                    pbft.map(PbftStatus::leaderFailed).orElse(false),
                    List.of(new ConsensusStatus.NodeView(nodeId, view)))),
            Optional.empty());
      }

      @Override
      public List<String> groupPeers() {
        return ledger().sealers();
      }
    };
  }

  @Override
  public SyncStatus syncStatus() {
    long number = ledger().blockNumber();
    byte[] head = ledger().blockHash(number).orElse(new byte[32]);
    byte[] genesis = ledger().blockHash(0).orElse(new byte[32]);
    Optional<org.jbcos.sync.SyncStatus> sync = group.syncStatus();
    long highest = sync.map(s -> Math.max(number, s.knownHighestNumber())).orElse(number);
    List<SyncStatus.Peer> peers =
        sync.map(
                s ->
                    s.peers().stream()
                        .map(
                            p ->
                                new SyncStatus.Peer(
                                    p.nodeId().toHex(), genesis, p.number(), p.headHash()))
                        .toList())
            .orElse(List.of());
    byte[] highestHash =
        sync.flatMap(
                s ->
                    s.peers().stream()
                        .filter(p -> p.number() == highest)
                        .map(org.jbcos.sync.SyncStatus.PeerStatus::headHash)
                        .findFirst())
            .orElse(head);
    return new SyncStatus(
        sync.map(org.jbcos.sync.SyncStatus::syncing).orElse(false),
        65536 * groupId() + 9,
        genesis,
        nodeId,
        number,
        head,
        highest,
        highestHash,
        group.pool().size(),
        peers);
  }
}
