package org.jbcos.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.fisco.bcos.sdk.BcosSDK;
import org.fisco.bcos.sdk.client.Client;
import org.fisco.bcos.sdk.client.JsonRpcService;
import org.fisco.bcos.sdk.client.exceptions.ClientException;
import org.fisco.bcos.sdk.client.protocol.request.JsonRpcRequest;
import org.fisco.bcos.sdk.client.protocol.response.BcosBlock;
import org.fisco.bcos.sdk.client.protocol.response.BlockNumber;
import org.fisco.bcos.sdk.client.protocol.response.Call;
import org.fisco.bcos.sdk.eventsub.EventLogParams;
import org.fisco.bcos.sdk.eventsub.EventSubscribe;
import org.fisco.bcos.sdk.model.CryptoType;
import org.fisco.bcos.sdk.model.EventLog;
import org.fisco.bcos.sdk.model.NodeVersion;
import org.fisco.bcos.sdk.model.TransactionReceipt;
import org.fisco.bcos.sdk.model.callback.TransactionCallback;
import org.fisco.bcos.sdk.transaction.codec.encode.TransactionEncoderService;
import org.fisco.bcos.sdk.transaction.model.po.RawTransaction;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.Transaction;
import org.jbcos.rpc.channel.ChannelServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official FISCO BCOS Java SDK 2.9.3 against our channel server over TLS (RSA channel
 * certificates), on an ECDSA or an SM chain: the SDK picks the transaction crypto from the node's
 * version string.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractSdkEndToEndTest {
  RpcServers servers;
  BcosSDK sdk;
  Client client;
  Path toml;

  /** Whether the fake node runs an SM chain. */
  abstract boolean sm();

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    TestCerts certs = TestCerts.rsa();
    servers =
        new RpcServers(new FakeNode(sm(), 1), certs.serverTls(), ChannelServer.Settings.defaults());
    Path conf = certs.writeSdkConf(dir.resolve("conf"));
    toml = dir.resolve("config.toml");
    Files.writeString(
        toml,
        "[cryptoMaterial]\ncertPath = \""
            + conf
            + "\"\n[network]\npeers=[\"127.0.0.1:"
            + servers.channel.port()
            + "\"]\n[account]\nkeyStoreDir = \""
            + dir.resolve("account")
            + "\"\n",
        StandardCharsets.UTF_8);
    sdk = BcosSDK.build(toml.toString());
    client = sdk.getClient(1);
  }

  @AfterAll
  void stop() {
    if (sdk != null) {
      sdk.stopAll();
    }
    if (servers != null) {
      servers.close();
    }
  }

  @Test
  void blockNumber() {
    assertThat(client.getBlockNumber().getBlockNumber())
        .isEqualTo(BigInteger.valueOf(servers.node.fake(1).blockNumber()));
  }

  /** A transaction signed by the SDK with its own crypto suite (SM2 on SM chains). */
  String sdkSigned(BigInteger blockLimit) {
    RawTransaction raw =
        RawTransaction.createTransaction(
            new BigInteger(250, new SecureRandom()),
            BigInteger.valueOf(22_000_000_000L),
            BigInteger.valueOf(4_300_000),
            blockLimit,
            Hex.encodePrefixed(FakeGroup.CONTRACT),
            BigInteger.ZERO,
            "0x4ed3885e",
            BigInteger.ONE,
            BigInteger.ONE,
            "");
    return new TransactionEncoderService(client.getCryptoSuite())
        .encodeAndSign(raw, client.getCryptoSuite().getCryptoKeyPair());
  }

  @Test
  void receiptIsPushedAfterTheReplyOnceCommittedAndTheBlockNumberFollows() throws Exception {
    FakeGroup group = servers.node.fake(1);
    String signed = sdkSigned(client.getBlockLimit());
    Transaction tx = Transaction.decode(Hex.decode(signed), group.cryptoSuite());
    assertThat(Hex.encodePrefixed(tx.sender(group.cryptoSuite())))
        .isEqualTo(client.getCryptoSuite().getCryptoKeyPair().getAddress());
    CompletableFuture<TransactionReceipt> receipt = new CompletableFuture<>();
    client.sendRawTransactionAndGetReceiptAsync(signed, callback(receipt));
    await(() -> group.pendingCount() == 1);
    long number = group.seal();
    servers.channel.pushBlockNumber(1, number);

    TransactionReceipt r = receipt.get(30, TimeUnit.SECONDS);
    assertThat(r.getStatus()).isEqualTo("0x0");
    assertThat(r.getTransactionHash()).isEqualTo(Hex.encodePrefixed(tx.hash(group.cryptoSuite())));
    assertThat(r.getBlockNumber()).isEqualTo(hexOf(number));
    assertThat(r.getLogs()).hasSize(1);
    await(
        () ->
            sdk.getGroupManagerService()
                .getLatestBlockNumberByGroup(1)
                .equals(BigInteger.valueOf(number)));
  }

  @Test
  void refusedTransactionIsPushedAsAFailureReceipt() throws Exception {
    FakeGroup group = servers.node.fake(1);
    CompletableFuture<TransactionReceipt> receipt = new CompletableFuture<>();
    client.sendRawTransactionAndGetReceiptAsync(sdkSigned(BigInteger.ONE), callback(receipt));
    TransactionReceipt r = receipt.get(30, TimeUnit.SECONDS);
    assertThat(r.getStatus()).isEqualTo("0x10");
    assertThat(r.getStatusMsg()).isEqualTo("BlockLimitCheckFail");
  }

  @Test
  void eventLogSubscriptionPushesHistoricLogsThenCompletes() throws Exception {
    EventLogParams params = new EventLogParams();
    params.setFromBlock("1");
    params.setToBlock("1");
    params.setAddresses(new ArrayList<>());
    params.setTopics(new ArrayList<>());
    BlockingQueue<Object[]> pushes = new LinkedBlockingQueue<>();
    EventSubscribe subscribe = sdk.getEventSubscribe(1);
    subscribe.start();
    try {
      subscribe.subscribeEvent(params, (status, logs) -> pushes.add(new Object[] {status, logs}));
      // the SDK reports each registration reply as (0, null) and may register twice; it handles
      // pushes on a thread pool, so the logs and the completion may arrive in either order
      List<EventLog> logs = new ArrayList<>();
      boolean completed = false;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!(completed && !logs.isEmpty()) && System.nanoTime() < deadline) {
        Object[] push = pushes.poll(100, TimeUnit.MILLISECONDS);
        if (push == null) {
          continue;
        }
        if (push[0].equals(1)) {
          completed = true;
        } else if (push[0].equals(0) && push[1] != null) {
          for (Object o : (List<?>) push[1]) {
            logs.add((EventLog) o);
          }
        } else {
          assertThat(push).as("a push with an error status").containsExactly(0, null);
        }
      }
      assertThat(completed).as("the completion push").isTrue();
      // a second registration rescans, so the same logs may come twice
      assertThat(logs.stream().map(l -> l.getTransactionHash() + "/" + l.getLogIndex()).distinct())
          .hasSize(2);
      assertThat(logs.get(0).getAddress()).isEqualTo(Hex.encodePrefixed(FakeGroup.CONTRACT));
      assertThat(logs.get(0).getBlockNumber()).isEqualTo(BigInteger.ONE);
    } finally {
      subscribe.stop();
    }
  }

  private static String hexOf(long n) {
    return "0x" + Long.toHexString(n);
  }

  private static TransactionCallback callback(CompletableFuture<TransactionReceipt> receipt) {
    return new TransactionCallback() {
      @Override
      public void onResponse(TransactionReceipt r) {
        receipt.complete(r);
      }
    };
  }

  /** Polls {@code condition} for up to 10 s. */
  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in 10 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void clientVersion() {
    NodeVersion.ClientVersion v = client.getNodeVersion().getNodeVersion();
    assertThat(v.getVersion()).isEqualTo(sm() ? "2.9.1 gm" : "2.9.1");
    assertThat(v.getSupportedVersion()).isEqualTo("2.9.0");
    assertThat(v.getChainId()).isEqualTo("1");
    assertThat(client.getCryptoType()).isEqualTo(sm() ? CryptoType.SM_TYPE : CryptoType.ECDSA_TYPE);
  }

  @Test
  void groupList() {
    assertThat(client.getGroupList().getGroupList()).containsExactly("1");
  }

  @Test
  void blockByNumber() {
    BcosBlock.Block block = client.getBlockByNumber(BigInteger.ONE, true).getBlock();
    assertThat(block.getNumber()).isEqualTo(BigInteger.ONE);
    assertThat(block.getTransactions()).hasSize(2);
    FakeGroup group = servers.node.fake(1);
    assertThat(block.getHash())
        .isEqualTo("0x" + Hex.encode(group.block(1).header().hash(group.cryptoSuite())));
  }

  @Test
  void theSdkParsesEveryQueryResult() throws Exception {
    FakeGroup group = servers.node.fake(1);
    org.fisco.bcos.sdk.crypto.CryptoSuite suite = client.getCryptoSuite();
    String blockHash = Hex.encodePrefixed(group.block(1).header().hash(group.cryptoSuite()));
    String txHash =
        Hex.encodePrefixed(group.block(1).transactions().get(0).hash(group.cryptoSuite()));
    BigInteger one = BigInteger.ONE;

    assertThat(client.getBlockHeaderByNumber(one, true).getBlockHeader().calculateHash(suite))
        .isEqualTo(blockHash);
    assertThat(client.getBlockHeaderByHash(blockHash, false).getBlockHeader().getNumber())
        .isEqualTo(one);
    assertThat(client.getBlockByHash(blockHash, false).getBlock().getTransactions()).hasSize(2);
    assertThat(client.getBlockHashByNumber(one).getBlockHashByNumber()).isEqualTo(blockHash);
    assertThat(
            client.getTransactionByHash(txHash).getTransaction().orElseThrow().calculateHash(suite))
        .isEqualTo(txHash);
    assertThat(
            client
                .getTransactionByBlockNumberAndIndex(one, BigInteger.ONE)
                .getTransaction()
                .orElseThrow()
                .getTransactionIndex())
        .isEqualTo("0x1");
    assertThat(
            client
                .getTransactionByBlockHashAndIndex(blockHash, BigInteger.ZERO)
                .getTransaction()
                .orElseThrow()
                .getHash())
        .isEqualTo(txHash);
    assertThat(
            client.getTransactionReceipt(txHash).getTransactionReceipt().orElseThrow().getStatus())
        .isEqualTo("0x0");
    assertThat(
            client
                .getTransactionByHashWithProof(txHash)
                .getTransactionWithProof()
                .getTransactionProof())
        .isNotEmpty();
    assertThat(
            client
                .getTransactionReceiptByHashWithProof(txHash)
                .getTransactionReceiptWithProof()
                .getReceipt()
                .getTransactionHash())
        .isEqualTo(txHash);
    assertThat(
            client
                .getBatchReceiptsByBlockNumberAndRange(one, "0", "-1")
                .decodeTransactionReceiptsInfo()
                .getTransactionReceipts())
        .hasSize(2);
    assertThat(client.getTotalTransactionCount().getTotalTransactionCount().getTxSum())
        .startsWith("0x");
    assertThat(client.getCode(Hex.encodePrefixed(FakeGroup.CONTRACT)).getCode())
        .isEqualTo("0x6080604052");
    assertThat(client.getSystemConfigByKey("tx_count_limit").getSystemConfig()).isEqualTo("1000");
    assertThat(client.getSealerList().getSealerList()).containsExactly(group.sealerId());
    assertThat(client.getObserverList().getObserverList()).isEmpty();
    assertThat(client.getPbftView().getPbftView()).isEqualTo(BigInteger.valueOf(7));
    var consensus = client.getConsensusStatus().getConsensusStatus();
    assertThat(consensus.getBaseConsensusInfo().getNodeNum()).isEqualTo("1");
    assertThat(consensus.getBaseConsensusInfo().getSealerList()).containsExactly(group.sealerId());
    assertThat(consensus.getViewInfos()).hasSize(1);
    assertThat(client.getSyncStatus().getSyncStatus().getIsSyncing()).isEqualTo("false");
    assertThat(client.getGroupPeers().getGroupPeers()).containsExactly(group.sealerId());
    assertThat(client.getNodeIDList().getNodeIDList()).containsExactly(group.sealerId());
    assertThat(client.getPeers().getPeers()).isEmpty();
    assertThat(client.getPendingTxSize().getPendingTxSize()).isNotNull();
    assertThat(client.getPendingTransaction().getPendingTransactions()).isNotNull();
    assertThat(client.queryGroupStatus(1).getGroupStatus().getStatus()).isEqualTo("RUNNING");
    Call.CallOutput call =
        client
            .call(
                new org.fisco.bcos.sdk.client.protocol.request.Transaction(
                    suite.getCryptoKeyPair().getAddress(),
                    Hex.encodePrefixed(FakeGroup.CONTRACT),
                    "0x0102"))
            .getCallResult();
    assertThat(call.getStatus()).isEqualTo("0x0");
    assertThat(call.getOutput()).endsWith("02");
  }

  @Test
  void unknownGroupIsTheFiscoError() {
    JsonRpcService rpc = new JsonRpcService(null, sdk.getChannel(), 5);
    assertThatThrownBy(
            () ->
                rpc.sendRequestToPeer(
                    new JsonRpcRequest<>("getBlockNumber", Arrays.asList(5)),
                    "127.0.0.1:" + servers.channel.port(),
                    BlockNumber.class))
        .isInstanceOfSatisfying(
            ClientException.class,
            e -> {
              assertThat(e.getErrorCode()).isEqualTo(-40001);
              assertThat(e.getErrorMessage()).isEqualTo("GroupID does not exist");
            });
  }
}
