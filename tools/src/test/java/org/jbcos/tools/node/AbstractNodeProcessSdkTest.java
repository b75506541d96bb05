package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.fisco.bcos.sdk.BcosSDK;
import org.fisco.bcos.sdk.amop.Amop;
import org.fisco.bcos.sdk.amop.AmopCallback;
import org.fisco.bcos.sdk.amop.AmopMsgOut;
import org.fisco.bcos.sdk.amop.AmopResponse;
import org.fisco.bcos.sdk.amop.AmopResponseCallback;
import org.fisco.bcos.sdk.amop.topic.AmopMsgIn;
import org.fisco.bcos.sdk.amop.topic.TopicType;
import org.fisco.bcos.sdk.client.Client;
import org.fisco.bcos.sdk.client.protocol.response.BcosBlock;
import org.fisco.bcos.sdk.client.protocol.response.BcosBlockHeader;
import org.fisco.bcos.sdk.crypto.CryptoSuite;
import org.fisco.bcos.sdk.crypto.keypair.CryptoKeyPair;
import org.fisco.bcos.sdk.eventsub.EventLogParams;
import org.fisco.bcos.sdk.eventsub.EventSubscribe;
import org.fisco.bcos.sdk.model.EventLog;
import org.fisco.bcos.sdk.model.MerkleProofUnit;
import org.fisco.bcos.sdk.model.TransactionReceipt;
import org.fisco.bcos.sdk.transaction.codec.encode.TransactionEncoderService;
import org.fisco.bcos.sdk.transaction.manager.AssembleTransactionProcessor;
import org.fisco.bcos.sdk.transaction.manager.TransactionProcessorFactory;
import org.fisco.bcos.sdk.transaction.model.dto.TransactionResponse;
import org.fisco.bcos.sdk.transaction.model.po.RawTransaction;
import org.fisco.solc.compiler.CompilationResult;
import org.fisco.solc.compiler.SolidityCompiler;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.LogBloom;
import org.jbcos.protocol.LogEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official SDK 2.9.3 against a node run as a real process from a {@code jbcos build-chain}
 * chain: a Solidity contract deployed, called and reverted, events in receipts and through
 * subscriptions, Merkle proofs recomputed, bad requests answered with FISCO's errors while the node
 * keeps running, and a restart that keeps everything.
 */
@Timeout(240)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AbstractNodeProcessSdkTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  abstract boolean sm();

  private NodeProcess node;
  private BcosSDK sdk;
  private Client client;
  private CryptoSuite suite;
  private AssembleTransactionProcessor processor;
  private String abi;
  private String contract;
  private int rpcPort;
  private Path toml;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void startChainAndDeploy(@TempDir Path dir) throws Exception {
    int base = TestChains.randomBasePort();
    rpcPort = base + 200;
    Path out = TestChains.build(dir.resolve("nodes"), "127.0.0.1:1", base, sm());
    node = NodeProcess.start(out.resolve("127.0.0.1/node0/config.ini"));

    toml = TestChains.sdkToml(dir, out.resolve("127.0.0.1/sdk"), base + 100);
    connect(toml);

    CompilationResult.ContractMetadata token = compile("Token");
    abi = token.abi;
    TransactionResponse deployed = processor.deployAndGetResponse(abi, token.bin, List.of());
    assertThat(deployed.getTransactionReceipt().getStatus())
        .as(deployed.getReceiptMessages())
        .isEqualTo("0x0");
    contract = deployed.getContractAddress();
  }

  private void connect(Path toml) throws Exception {
    sdk = BcosSDK.build(toml.toString());
    client = sdk.getClient(1);
    CryptoKeyPair account = suite == null ? null : suite.getCryptoKeyPair();
    suite = client.getCryptoSuite();
    if (account != null) {
      // the same user as before a reconnect (a new BcosSDK makes a random account)
      suite.setCryptoKeyPair(account);
    }
    processor =
        TransactionProcessorFactory.createAssembleTransactionProcessor(
            client, suite.getCryptoKeyPair());
  }

  @AfterAll
  void stopAll() throws Exception {
    if (sdk != null) {
      sdk.stopAll();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Order(1)
  void sdkPicksTheChainsCrypto() {
    assertThat(client.getCryptoType()).isEqualTo(sm() ? 1 : 0);
    assertThat(client.getNodeVersion().getNodeVersion().getVersion()).endsWith(sm() ? " gm" : "1");
  }

  @Test
  @Order(2)
  void transferEmitsItsEventAndProofsLeadToTheHeaderRoots() throws Exception {
    String to = randomAddress();
    TransactionResponse r =
        processor.sendTransactionAndGetResponse(
            contract, abi, "transfer", List.of(to, BigInteger.valueOf(5)));
    TransactionReceipt receipt = r.getTransactionReceipt();
    assertThat(receipt.getStatus()).as(r.getReceiptMessages()).isEqualTo("0x0");
    assertThat(r.getEventResultMap()).containsKey("Transfer");
    // the SDK decodes the non-indexed values; from and to are the log's topics
    assertThat(r.getEventResultMap().get("Transfer").get(0)).hasToString("[5]");
    assertThat(receipt.getLogs().get(0).getTopics().get(2)).endsWith(Hex.strip0x(to));
    assertThat(
            processor
                .sendCall(
                    suite.getCryptoKeyPair().getAddress(),
                    contract,
                    abi,
                    "balances",
                    List.<Object>of(to))
                .getReturnObject())
        .hasToString("[5]");

    BigInteger number = new BigInteger(Hex.strip0x(receipt.getBlockNumber()), 16);
    BcosBlockHeader.BlockHeader header =
        client.getBlockHeaderByNumber(number, true).getBlockHeader();
    assertThat(header.calculateHash(suite)).isEqualTo(receipt.getBlockHash());
    int index = Integer.parseInt(Hex.strip0x(receipt.getTransactionIndex()), 16);

    var txWithProof =
        client
            .getTransactionByHashWithProof(receipt.getTransactionHash())
            .getTransactionWithProof();
    assertThat(txWithProof.getTransaction().calculateHash(suite))
        .isEqualTo(receipt.getTransactionHash());
    assertThat(
            walkProof(
                txWithProof.getTransactionProof(), index, Hex.decode(receipt.getTransactionHash())))
        .isEqualTo(header.getTransactionsRoot());

    var receiptWithProof =
        client
            .getTransactionReceiptByHashWithProof(receipt.getTransactionHash())
            .getTransactionReceiptWithProof();
    byte[] receiptHash = suite.hash(rlpOf(receiptWithProof.getReceipt()));
    assertThat(walkProof(receiptWithProof.getReceiptProof(), index, receiptHash))
        .isEqualTo(header.getReceiptsRoot());
  }

  @Test
  @Order(3)
  void revertCarriesItsReasonAndAssertIsABadInstruction() throws Exception {
    TransactionResponse reverted =
        processor.sendTransactionAndGetResponse(
            contract, abi, "transfer", List.of(randomAddress(), BigInteger.valueOf(1_000_000)));
    assertThat(reverted.getTransactionReceipt().getStatus()).isEqualTo("0x16");
    assertThat(reverted.getReceiptMessages()).contains("insufficient balance");

    TransactionResponse failed =
        processor.sendTransactionAndGetResponse(contract, abi, "fail", List.of());
    assertThat(failed.getTransactionReceipt().getStatus()).isEqualTo("0xa");
    assertThat(failed.getTransactionReceipt().getStatusMsg()).isEqualTo("BadInstruction");
  }

  @Test
  @Order(4)
  void subscriptionDeliversHistoricAndNewLogs() throws Exception {
    String first = randomAddress();
    processor.sendTransactionAndGetResponse(
        contract, abi, "transfer", List.of(first, BigInteger.ONE));
    EventLogParams params = new EventLogParams();
    params.setFromBlock("1");
    params.setToBlock("latest");
    params.setAddresses(new ArrayList<>(List.of(contract)));
    params.setTopics(new ArrayList<>(List.of("0x" + Hex.encode(suite.hash(transferSignature())))));
    BlockingQueue<EventLog> logs = new LinkedBlockingQueue<>();
    EventSubscribe subscribe = sdk.getEventSubscribe(1);
    subscribe.start();
    try {
      subscribe.subscribeEvent(
          params,
          (status, received) -> {
            if (status == 0 && received != null) {
              logs.addAll(received);
            }
          });
      assertThat(awaitLogTo(logs, first)).as("the historic Transfer log").isTrue();
      String second = randomAddress();
      processor.sendTransactionAndGetResponse(
          contract, abi, "transfer", List.of(second, BigInteger.ONE));
      assertThat(awaitLogTo(logs, second)).as("the new Transfer log").isTrue();
    } finally {
      subscribe.stop();
    }
  }

  @Test
  @Order(4)
  void amopMessageReachesAnotherSdkAndItsAnswerComesBack() throws Exception {
    BcosSDK other = BcosSDK.build(toml.toString());
    try {
      Amop listener = other.getAmop();
      String topic = "jbcos-test-" + ThreadLocalRandom.current().nextInt(1_000_000);
      listener.subscribeTopic(
          topic,
          new AmopCallback() {
            @Override
            public byte[] receiveAmopMsg(AmopMsgIn msg) {
              return ("pong:" + new String(msg.getContent(), StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
            }
          });
      AmopMsgOut out = new AmopMsgOut();
      out.setTopic(topic);
      out.setType(TopicType.NORMAL_TOPIC);
      out.setContent("ping".getBytes(StandardCharsets.UTF_8));
      out.setTimeout(5000);
      // the subscription reaches the node asynchronously: retry until it is routed
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      AmopResponse answer = null;
      while (System.nanoTime() < deadline) {
        CompletableFuture<AmopResponse> reply = new CompletableFuture<>();
        sdk.getAmop()
            .sendAmopMsg(
                out,
                new AmopResponseCallback() {
                  @Override
                  public void onResponse(AmopResponse response) {
                    reply.complete(response);
                  }
                });
        answer = reply.get(10, TimeUnit.SECONDS);
        if (answer.getErrorCode() == 0) {
          break;
        }
        Thread.sleep(200);
      }
      assertThat(answer).isNotNull();
      assertThat(answer.getErrorCode()).as(answer.getErrorMessage()).isZero();
      assertThat(new String(answer.getAmopMsgIn().getContent(), StandardCharsets.UTF_8))
          .isEqualTo("pong:ping");
    } finally {
      other.stopAll();
      Thread.interrupted();
    }
  }

  @Test
  @Order(4)
  void everyQueryOfTheSdkParses() {
    BigInteger head = client.getBlockNumber().getBlockNumber();
    BcosBlock.Block block = client.getBlockByNumber(head, true).getBlock();
    String blockHash = block.getHash();
    assertThat(client.getBlockHeaderByHash(blockHash, true).getBlockHeader().calculateHash(suite))
        .isEqualTo(blockHash);
    assertThat(client.getBlockByHash(blockHash, false).getBlock().getNumber()).isEqualTo(head);
    var tx = client.getTransactionByBlockNumberAndIndex(head, BigInteger.ZERO).getTransaction();
    assertThat(tx).isPresent();
    String txHash = tx.get().getHash();
    assertThat(
            client
                .getTransactionByBlockHashAndIndex(blockHash, BigInteger.ZERO)
                .getTransaction()
                .orElseThrow()
                .calculateHash(suite))
        .isEqualTo(txHash);
    assertThat(
            client
                .getBatchReceiptsByBlockNumberAndRange(head, "0", "-1")
                .decodeTransactionReceiptsInfo()
                .getTransactionReceipts())
        .hasSize(block.getTransactions().size());
    assertThat(
            client
                .getBatchReceiptsByBlockHashAndRange(blockHash, "0", "-1")
                .decodeTransactionReceiptsInfo()
                .getTransactionReceipts())
        .hasSize(block.getTransactions().size());
    assertThat(
            new BigInteger(
                Hex.strip0x(
                    client.getTotalTransactionCount().getTotalTransactionCount().getTxSum()),
                16))
        .isGreaterThanOrEqualTo(head);
    assertThat(client.getCode(contract).getCode()).hasSizeGreaterThan(10);
    assertThat(client.getSystemConfigByKey("tx_count_limit").getSystemConfig()).isEqualTo("1000");
    assertThat(client.getSystemConfigByKey("tx_gas_limit").getSystemConfig())
        .isEqualTo("300000000");
    String nodeId = client.getSealerList().getSealerList().get(0);
    assertThat(client.getObserverList().getObserverList()).isEmpty();
    assertThat(client.getPbftView().getPbftView()).isNotNull();
    assertThat(client.getConsensusStatus().getConsensusStatus().getBaseConsensusInfo().getNodeNum())
        .isEqualTo("1");
    assertThat(client.getSyncStatus().getSyncStatus().getBlockNumber()).isEqualTo(head.toString());
    assertThat(client.getNodeIDList().getNodeIDList()).contains(nodeId);
    assertThat(client.getGroupPeers().getGroupPeers()).contains(nodeId);
    assertThat(client.getGroupList().getGroupList()).containsExactly("1");
    assertThat(client.getPendingTxSize().getPendingTxSize()).isNotNull();
    assertThat(client.getPendingTransaction().getPendingTransactions()).isNotNull();
    assertThat(client.queryGroupStatus(1).getGroupStatus().getStatus()).isEqualTo("RUNNING");
  }

  @Test
  @Order(5)
  void badRequestsGetFiscoErrorsAndTheNodeStaysUp() throws Exception {
    assertThat(rpcError("sendRawTransaction", "[1, \"0x1234\"]").get("code").asInt())
        .isEqualTo(-32603);
    assertThat(rpcError("sendRawTransaction", "[1, \"0x1234\"]").get("message").asText())
        .contains("malformed transaction");
    assertThat(rpcError("sendRawTransaction", "[1, \"zz\"]").get("code").asInt()).isEqualTo(-32603);

    BigInteger limit = client.getBlockLimit();
    assertThat(refusal(signed(BigInteger.valueOf(7), BigInteger.ONE, limit)))
        .contains("InvalidChainId");
    assertThat(refusal(signed(BigInteger.ONE, BigInteger.valueOf(9), limit)))
        .contains("InvalidGroupId");
    assertThat(refusal(signed(BigInteger.ONE, BigInteger.ONE, BigInteger.ONE)))
        .contains("BlockLimitCheckFail");

    BigInteger nonce = new BigInteger(250, new SecureRandom());
    TransactionReceipt once = client.sendRawTransactionAndGetReceipt(signed(nonce, "0x01", limit));
    assertThat(once.getStatus()).isEqualTo("0x0");
    assertThat(refusal(signed(nonce, "0x02", limit))).contains("NonceCheckFail");

    assertThat(rpcError("getBlockByNumber", "[1, \"99999\", false]").get("code").asInt())
        .isEqualTo(-40004);
    assertThat(
            rpcError("getBlockByHash", "[1, \"0x" + "ab".repeat(32) + "\", false]")
                .get("code")
                .asInt())
        .isEqualTo(-40003);
    assertThat(rpcError("noSuchMethod", "[1]").get("code").asInt()).isEqualTo(-32601);
    assertThat(rpcError("getBlockNumber", "[77]").get("code").asInt()).isEqualTo(-40001);
    assertThat(rawPost("{not json").get("error").get("code").asInt()).isEqualTo(-32700);
    assertThat(
            rpcError("getTransactionByHash", "[1, \"0x" + "cd".repeat(32) + "\"]").isMissingNode())
        .as("an unknown transaction is null, not an error")
        .isTrue();

    assertThat(node.isAlive()).isTrue();
    assertThat(client.getBlockNumber().getBlockNumber()).isPositive();
  }

  @Test
  @Order(6)
  void restartKeepsTheChainAndItGoesOnSealing() throws Exception {
    BigInteger height = client.getBlockNumber().getBlockNumber();
    String headHash = client.getBlockHashByNumber(height).getBlockHashByNumber();
    String to = randomAddress();
    TransactionResponse before =
        processor.sendTransactionAndGetResponse(
            contract, abi, "transfer", List.of(to, BigInteger.TEN));
    assertThat(before.getTransactionReceipt().getStatus()).isEqualTo("0x0");
    sdk.stopAll();
    sdk = null;
    // BcosSDK.stopAll() leaves the caller's interrupt flag set (its thread pools interrupt on
    // shutdown); clear it so waiting for the node process works
    Thread.interrupted();

    node.stop();
    node.restart();

    connect(toml);
    BigInteger after = client.getBlockNumber().getBlockNumber();
    assertThat(after).isEqualTo(height.add(BigInteger.ONE));
    assertThat(client.getBlockHashByNumber(height).getBlockHashByNumber()).isEqualTo(headHash);
    assertThat(
            client
                .getTransactionReceipt(before.getTransactionReceipt().getTransactionHash())
                .getTransactionReceipt())
        .map(TransactionReceipt::getStatus)
        .contains("0x0");
    assertThat(
            processor
                .sendCall(
                    suite.getCryptoKeyPair().getAddress(),
                    contract,
                    abi,
                    "balances",
                    List.<Object>of(to))
                .getReturnObject())
        .hasToString("[10]");
    TransactionResponse next =
        processor.sendTransactionAndGetResponse(
            contract, abi, "transfer", List.of(randomAddress(), BigInteger.ONE));
    assertThat(next.getTransactionReceipt().getStatus()).isEqualTo("0x0");
    assertThat(client.getBlockNumber().getBlockNumber()).isEqualTo(after.add(BigInteger.ONE));
  }

  // ---- helpers ----

  private static boolean awaitLogTo(BlockingQueue<EventLog> logs, String to)
      throws InterruptedException {
    String topic = "0x" + "0".repeat(24) + Hex.strip0x(to);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      EventLog log = logs.poll(100, TimeUnit.MILLISECONDS);
      if (log != null) {
        if (log.getTopics().size() == 3 && log.getTopics().get(2).equalsIgnoreCase(topic)) {
          return true;
        }
      }
    }
    return false;
  }

  private static byte[] transferSignature() {
    return "Transfer(address,address,uint256)".getBytes(StandardCharsets.UTF_8);
  }

  private String walkProof(List<MerkleProofUnit> proof, int index, byte[] itemHash) {
    assertThat(proof).isNotEmpty();
    byte[] node = concat(Rlp.encodeLong(index), itemHash);
    for (MerkleProofUnit level : proof) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      level.getLeft().forEach(h -> buf.writeBytes(Hex.decode(h)));
      buf.writeBytes(node);
      level.getRight().forEach(h -> buf.writeBytes(Hex.decode(h)));
      node = suite.hash(buf.toByteArray());
    }
    return "0x" + Hex.encode(node);
  }

  /** The 2.9 receipt RLP (8 items), rebuilt from the receipt JSON the SDK received. */
  private static byte[] rlpOf(TransactionReceipt r) {
    List<LogEntry> logs = new ArrayList<>();
    for (TransactionReceipt.Logs log : r.getLogs()) {
      logs.add(
          new LogEntry(
              Hex.decode(log.getAddress()),
              log.getTopics().stream().map(Hex::decode).toList(),
              Hex.decode(log.getData())));
    }
    return new org.jbcos.protocol.TransactionReceipt(
            Hex.decode(r.getRoot()),
            quantity(r.getGasUsed()),
            Hex.decode(r.getContractAddress()),
            LogBloom.wrap(Hex.decode(r.getLogsBloom())),
            quantity(r.getStatus()).intValueExact(),
            Hex.decode(r.getOutput()),
            Optional.ofNullable(r.getRemainGas()).map(AbstractNodeProcessSdkTest::quantity),
            logs)
        .encode();
  }

  private static BigInteger quantity(String hex) {
    String digits = Hex.strip0x(hex);
    return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String randomAddress() {
    byte[] a = new byte[20];
    ThreadLocalRandom.current().nextBytes(a);
    return "0x" + Hex.encode(a);
  }

  private String signed(BigInteger chainId, BigInteger groupId, BigInteger blockLimit) {
    return sign(new BigInteger(250, new SecureRandom()), "0x", blockLimit, chainId, groupId);
  }

  private String signed(BigInteger nonce, String data, BigInteger blockLimit) {
    return sign(nonce, data, blockLimit, BigInteger.ONE, BigInteger.ONE);
  }

  private String sign(
      BigInteger nonce, String data, BigInteger blockLimit, BigInteger chainId, BigInteger group) {
    CryptoKeyPair account = suite.getCryptoKeyPair();
    RawTransaction raw =
        RawTransaction.createTransaction(
            nonce,
            BigInteger.ONE,
            BigInteger.valueOf(3_000_000),
            blockLimit,
            randomAddress(),
            BigInteger.ZERO,
            data,
            chainId,
            group,
            "");
    return new TransactionEncoderService(suite).encodeAndSign(raw, account);
  }

  /** The error message of a sendRawTransaction refused over HTTP (-32603, as FISCO). */
  private String refusal(String signedTx) throws Exception {
    JsonNode error = rpcError("sendRawTransaction", "[1, \"" + signedTx + "\"]");
    assertThat(error.get("code").asInt()).as(error.toString()).isEqualTo(-32603);
    return error.get("message").asText();
  }

  /** The "error" member of a JSON-RPC reply (missing if the call succeeded). */
  private JsonNode rpcError(String method, String params) throws Exception {
    return rawPost(
            "{\"jsonrpc\":\"2.0\",\"method\":\""
                + method
                + "\",\"params\":"
                + params
                + ",\"id\":1}")
        .path("error");
  }

  private JsonNode rawPost(String body) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + rpcPort))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  private CompilationResult.ContractMetadata compile(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/contracts/Token.sol")) {
      SolidityCompiler.Result r =
          SolidityCompiler.compile(
              in.readAllBytes(),
              sm(),
              true,
              SolidityCompiler.Options.ABI,
              SolidityCompiler.Options.BIN);
      assertThat(r.isFailed()).as(r.getErrors()).isFalse();
      return CompilationResult.parse(r.getOutput()).getContract(name);
    }
  }
}
