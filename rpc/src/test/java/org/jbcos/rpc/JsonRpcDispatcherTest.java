package org.jbcos.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.InflaterOutputStream;
import org.jbcos.crypto.Hex;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.MerkleTree;
import org.jbcos.protocol.Transaction;
import org.jbcos.rpc.methods.StandardMethods;
import org.junit.jupiter.api.Test;

class JsonRpcDispatcherTest {
  private final FakeNode node = new FakeNode(false, 1);
  private final FakeGroup group = node.fake(1);
  private final JsonRpcDispatcher dispatcher =
      new JsonRpcDispatcher(StandardMethods.catalogue(), node);

  private JsonNode raw(String body) {
    Optional<byte[]> answer =
        dispatcher.handle(body.getBytes(StandardCharsets.UTF_8), CallContext.HTTP);
    return answer.map(Json::parse).orElse(null);
  }

  private JsonNode call(String method, Object... params) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("jsonrpc", "2.0");
    request.put("method", method);
    request.put("params", List.of(params));
    request.put("id", 7);
    return Json.parse(dispatcher.handle(Json.write(request), CallContext.HTTP).orElseThrow());
  }

  private JsonNode result(String method, Object... params) {
    JsonNode response = call(method, params);
    assertThat(response.has("error")).as("%s answered %s", method, response).isFalse();
    return response.get("result");
  }

  private int errorCode(String method, Object... params) {
    JsonNode response = call(method, params);
    assertThat(response.path("error").path("data").isNull()).isTrue();
    return response.path("error").path("code").asInt();
  }

  private String blockHash(long n) {
    return Hex.encodePrefixed(group.block(n).header().hash(group.cryptoSuite()));
  }

  private String txHash(long block, int i) {
    return Hex.encodePrefixed(group.block(block).transactions().get(i).hash(group.cryptoSuite()));
  }

  @Test
  void echoesTheIdAndVersion() {
    JsonNode r =
        raw("{\"jsonrpc\":\"2.0\",\"method\":\"getBlockNumber\",\"params\":[1],\"id\":\"abc\"}");
    assertThat(r.get("id").asText()).isEqualTo("abc");
    assertThat(r.get("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(r.get("result").asText()).isEqualTo("0x1");
  }

  @Test
  void rejectsMalformedJsonWithParseError() {
    JsonNode r = raw("{\"jsonrpc\":\"2.0\",\"method\":");
    assertThat(r.path("error").path("code").asInt()).isEqualTo(-32700);
    assertThat(r.get("id").isNull()).isTrue();
  }

  @Test
  void rejectsRequestsThatAreNotJsonRpc2() {
    assertThat(raw("{\"method\":\"getGroupList\",\"id\":1}").path("error").path("code").asInt())
        .isEqualTo(-32600);
    assertThat(raw("[1]").get(0).path("error").path("code").asInt()).isEqualTo(-32600);
    assertThat(raw("[]").path("error").path("code").asInt()).isEqualTo(-32600);
  }

  @Test
  void answersBatchesInOrderAndSkipsNotifications() {
    JsonNode r =
        raw(
            "[{\"jsonrpc\":\"2.0\",\"method\":\"getBlockNumber\",\"params\":[1],\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"getGroupList\",\"params\":[]},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"params\":[],\"id\":3}]");
    assertThat(r.size()).isEqualTo(2);
    assertThat(r.get(0).get("result").asText()).isEqualTo("0x1");
    assertThat(r.get(1).path("error").path("code").asInt()).isEqualTo(-32601);
    assertThat(raw("{\"jsonrpc\":\"2.0\",\"method\":\"getGroupList\"}")).isNull();
  }

  @Test
  void unknownMethodIsMethodNotFound() {
    assertThat(errorCode("getBlockNumberr", 1)).isEqualTo(-32601);
  }

  @Test
  void badParamsAreInvalidParams() {
    assertThat(errorCode("getBlockNumber")).isEqualTo(-32602);
    assertThat(errorCode("getBlockNumber", "1")).isEqualTo(-32602);
    assertThat(errorCode("getBlockByNumber", 1, "x1", false)).isEqualTo(-32602);
    assertThat(errorCode("getBlockByNumber", 1, "1")).isEqualTo(-32602);
    assertThat(errorCode("getBlockByHash", 1, "0x1234", false)).isEqualTo(-32602);
    assertThat(errorCode("getCode", 1, "0xzz")).isEqualTo(-32602);
    assertThat(
            raw("{\"jsonrpc\":\"2.0\",\"method\":\"getBlockNumber\",\"params\":{\"g\":1},\"id\":1}")
                .path("error")
                .path("code")
                .asInt())
        .isEqualTo(-32602);
  }

  @Test
  void unknownGroupIsGroupNotExist() {
    JsonNode r = call("getBlockNumber", 2);
    assertThat(r.path("error").path("code").asInt()).isEqualTo(-40001);
    assertThat(r.path("error").path("message").asText()).isEqualTo("GroupID does not exist");
    assertThat(errorCode("getBlockNumber", 0)).isEqualTo(-40001);
    assertThat(errorCode("getBlockNumber", 40000)).isEqualTo(-40001);
  }

  @Test
  void groupMethodsNeedMembershipExceptPendingTxSize() {
    group.member = false;
    assertThat(errorCode("getBlockNumber", 1)).isEqualTo(-40009);
    assertThat(result("getPendingTxSize", 1).asText()).isEqualTo("0x0");
  }

  @Test
  void clientVersionHasTheSdkKeys() {
    JsonNode v = result("getClientVersion");
    assertThat(v.get("FISCO-BCOS Version").asText()).isEqualTo("2.9.1");
    assertThat(v.get("Supported Version").asText()).isEqualTo("2.9.0");
    assertThat(v.get("Chain Id").asText()).isEqualTo("1");
    assertThat(v.has("Build Time") && v.has("Build Type") && v.has("Git Branch")).isTrue();
    assertThat(v.has("Git Commit Hash")).isTrue();
    JsonRpcDispatcher sm =
        new JsonRpcDispatcher(StandardMethods.catalogue(), new FakeNode(true, 1));
    JsonNode smVersion =
        Json.parse(
            sm.handle(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"getClientVersion\",\"params\":[],\"id\":0}"
                        .getBytes(StandardCharsets.UTF_8),
                    CallContext.HTTP)
                .orElseThrow());
    assertThat(smVersion.path("result").path("FISCO-BCOS Version").asText()).contains("gm");
  }

  @Test
  void groupListIsAnArrayOfInts() {
    JsonNode list = result("getGroupList");
    assertThat(list.isArray()).isTrue();
    assertThat(list.get(0).isInt()).isTrue();
    assertThat(list.get(0).asInt()).isEqualTo(1);
  }

  @Test
  void blockByNumberHasHexNumberAndTransactionHashesOrObjects() {
    JsonNode b = result("getBlockByNumber", 1, "1", false);
    assertThat(b.get("number").asText()).isEqualTo("0x1");
    assertThat(b.get("hash").asText()).isEqualTo(blockHash(1));
    assertThat(b.get("transactions").get(0).asText()).isEqualTo(txHash(1, 0));
    assertThat(b.has("signatureList")).isFalse();
    assertThat(b.get("sealerList").get(0).asText()).hasSize(128).doesNotStartWith("0x");

    JsonNode full = result("getBlockByNumber", 1, "0x1", true);
    JsonNode tx = full.get("transactions").get(1);
    assertThat(tx.get("hash").asText()).isEqualTo(txHash(1, 1));
    assertThat(tx.get("blockHash").asText()).isEqualTo(blockHash(1));
    assertThat(tx.get("transactionIndex").asText()).isEqualTo("0x1");
    assertThat(full.get("signatureList").get(0).get("index").asText()).isEqualTo("0x0");

    JsonNode genesis = result("getBlockByNumber", 1, "0", false);
    assertThat(genesis.get("transactions").size()).isZero();
    assertThat(genesis.get("sealerList").size()).isZero();
    assertThat(errorCode("getBlockByNumber", 1, "5", false)).isEqualTo(-40004);
  }

  @Test
  void headerByNumberHasAnIntegerNumber() {
    JsonNode h = result("getBlockHeaderByNumber", 1, "1", true);
    assertThat(h.get("number").isIntegralNumber()).isTrue();
    assertThat(h.has("transactions")).isFalse();
    assertThat(h.get("signatureList").size()).isEqualTo(1);
    assertThat(result("getBlockHeaderByHash", 1, blockHash(1), false).has("signatureList"))
        .isFalse();
    assertThat(errorCode("getBlockHeaderByHash", 1, "0x" + "ab".repeat(32), false))
        .isEqualTo(-40003);
  }

  @Test
  void blockByHashAndHashByNumber() {
    assertThat(result("getBlockByHash", 1, blockHash(1), false).get("number").asText())
        .isEqualTo("0x1");
    assertThat(result("getBlockHashByNumber", 1, "1").asText()).isEqualTo(blockHash(1));
    assertThat(errorCode("getBlockHashByNumber", 1, "9")).isEqualTo(-40004);
    assertThat(errorCode("getBlockByHash", 1, "0x" + "00".repeat(31) + "01", true))
        .isEqualTo(-40003);
  }

  @Test
  void transactionsAndReceipts() {
    JsonNode tx = result("getTransactionByHash", 1, txHash(1, 1));
    assertThat(tx.get("blockNumber").asText()).isEqualTo("0x1");
    assertThat(tx.get("transactionIndex").asText()).isEqualTo("0x1");
    assertThat(call("getTransactionByHash", 1, "0x" + "11".repeat(32)).get("result").isNull())
        .isTrue();
    assertThat(
            result("getTransactionByBlockHashAndIndex", 1, blockHash(1), "0x0")
                .get("hash")
                .asText())
        .isEqualTo(txHash(1, 0));
    assertThat(result("getTransactionByBlockNumberAndIndex", 1, "1", "0x1").get("hash").asText())
        .isEqualTo(txHash(1, 1));
    assertThat(errorCode("getTransactionByBlockNumberAndIndex", 1, "1", "0x2")).isEqualTo(-40005);

    JsonNode r = result("getTransactionReceipt", 1, txHash(1, 1));
    assertThat(r.get("status").asText()).isEqualTo("0x0");
    assertThat(r.get("statusMsg").asText()).isEqualTo("None");
    assertThat(r.get("transactionHash").asText()).isEqualTo(txHash(1, 1));
    assertThat(r.get("gasUsed").asText()).isEqualTo("0x5209");
    assertThat(r.get("to").asText()).isEqualTo(Hex.encodePrefixed(FakeGroup.CONTRACT));
    assertThat(r.get("logs").get(0).get("topics").get(0).asText())
        .isEqualTo(Hex.encodePrefixed(FakeGroup.EVENT_TOPIC));
    assertThat(r.get("logsBloom").asText()).hasSize(2 + 512);
    assertThat(r.get("remainGas").asText()).isEqualTo("0xf4240");
    assertThat(call("getTransactionReceipt", 1, "0x" + "11".repeat(32)).get("result").isNull())
        .isTrue();
  }

  @Test
  void proofsVerifyAgainstTheBlockRoots() {
    Block block = group.block(1);
    JsonNode withProof = result("getTransactionByHashWithProof", 1, txHash(1, 1));
    assertThat(withProof.get("transaction").get("hash").asText()).isEqualTo(txHash(1, 1));
    assertThat(
            MerkleTree.verify(
                proof(withProof.get("txProof")),
                1,
                block.transactions().get(1).hash(group.cryptoSuite()),
                block.header().transactionsRoot(),
                group.cryptoSuite().hashFunction()))
        .isTrue();
    JsonNode receipt = result("getTransactionReceiptByHashWithProof", 1, txHash(1, 0));
    assertThat(receipt.get("transactionReceipt").get("transactionIndex").asText()).isEqualTo("0x0");
    assertThat(
            MerkleTree.verify(
                proof(receipt.get("receiptProof")),
                0,
                block.receipts().get(0).hash(group.cryptoSuite()),
                block.header().receiptsRoot(),
                group.cryptoSuite().hashFunction()))
        .isTrue();
  }

  private static List<MerkleTree.ProofLevel> proof(JsonNode json) {
    List<MerkleTree.ProofLevel> levels = new ArrayList<>();
    for (JsonNode level : json) {
      List<byte[]> left = new ArrayList<>();
      level.get("left").forEach(h -> left.add(Hex.decode(h.asText())));
      List<byte[]> right = new ArrayList<>();
      level.get("right").forEach(h -> right.add(Hex.decode(h.asText())));
      levels.add(new MerkleTree.ProofLevel(left, right));
    }
    return levels;
  }

  @Test
  void batchReceiptsAreZlibBase64Json() throws Exception {
    String compressed =
        result("getBatchReceiptsByBlockNumberAndRange", 1, "1", "0", "-1", true).asText();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InflaterOutputStream inflater = new InflaterOutputStream(out)) {
      inflater.write(Base64.getDecoder().decode(compressed));
    }
    JsonNode json = Json.parse(out.toByteArray());
    assertThat(json.get("blockInfo").get("receiptsCount").asText()).isEqualTo("0x2");
    assertThat(json.get("transactionReceipts").size()).isEqualTo(2);
    JsonNode plain =
        result("getBatchReceiptsByBlockHashAndRange", 1, blockHash(1), "1", "1", false);
    assertThat(plain.get("transactionReceipts").get(0).get("transactionIndex").asText())
        .isEqualTo("0x1");
    assertThat(errorCode("getBatchReceiptsByBlockNumberAndRange", 1, "1", "2", "-1", true))
        .isEqualTo(-40099);
  }

  @Test
  void stateAndConfigQueries() {
    assertThat(result("getCode", 1, Hex.encodePrefixed(FakeGroup.CONTRACT)).asText())
        .isEqualTo("0x6080604052");
    assertThat(result("getCode", 1, "0x" + "00".repeat(20)).asText()).isEqualTo("0x");
    JsonNode count = result("getTotalTransactionCount", 1);
    assertThat(count.get("txSum").asText()).isEqualTo("0x2");
    assertThat(count.get("failedTxSum").asText()).isEqualTo("0x0");
    assertThat(count.get("blockNumber").asText()).isEqualTo("0x1");
    assertThat(result("getSystemConfigByKey", 1, "tx_count_limit").asText()).isEqualTo("1000");
    assertThat(errorCode("getSystemConfigByKey", 1, "nope")).isEqualTo(-40008);
    assertThat(result("getSealerList", 1).get(0).asText()).isEqualTo(group.sealerId());
    assertThat(result("getObserverList", 1).size()).isZero();
  }

  @Test
  void callNeedsFromAndReturnsOutputAndStatus() {
    assertThat(errorCode("call", 1, Map.of("to", "0x" + "00".repeat(20), "data", "0x")))
        .isEqualTo(-40006);
    JsonNode r =
        result(
            "call",
            1,
            Map.of(
                "from",
                "0x" + "01".repeat(20),
                "to",
                Hex.encodePrefixed(FakeGroup.CONTRACT),
                "data",
                "0x010203"));
    assertThat(r.get("status").asText()).isEqualTo("0x0");
    assertThat(r.get("currentBlockNumber").asText()).isEqualTo("0x1");
    assertThat(r.get("output").asText()).endsWith("03");
    assertThat(errorCode("call", 1, Map.of("from", "0x12"))).isEqualTo(-32602);
  }

  @Test
  void consensusAndSyncStatusShapes() {
    assertThat(result("getPbftView", 1).asText()).isEqualTo("0x7");
    JsonNode status = result("getConsensusStatus", 1);
    assertThat(status.size()).isEqualTo(2);
    assertThat(status.get(0).get("nodeNum").asInt()).isEqualTo(1);
    assertThat(status.get(0).get("sealer.0").asText()).isEqualTo(group.sealerId());
    assertThat(status.get(0).get("highestblockHash").asText()).isEqualTo(blockHash(1));
    assertThat(status.get(1).get(0).get("view").asInt()).isEqualTo(7);
    JsonNode sync = result("getSyncStatus", 1);
    assertThat(sync.get("latestHash").asText()).isEqualTo(blockHash(1).substring(2));
    assertThat(sync.get("txPoolSize").isTextual()).isTrue();
    assertThat(result("getGroupPeers", 1).get(0).asText()).isEqualTo(group.sealerId());
  }

  @Test
  void nodeFacts() {
    assertThat(result("getNodeInfo").get("NodeID").asText()).isEqualTo(group.sealerId());
    assertThat(result("getPeers", 1).size()).isZero();
    assertThat(result("getNodeIDList", 1).get(0).asText()).isEqualTo(group.sealerId());
    assertThat(result("queryPeers", 1).size()).isZero();
  }

  @Test
  void groupManagementIsRefusedUntilTheNodeSupportsIt() {
    assertThat(errorCode("startGroup", 2)).isEqualTo(-100001);
    assertThat(errorCode("addPeers", List.of("127.0.0.1:30301"))).isEqualTo(-100001);
    JsonNode status = result("queryGroupStatus", 1);
    assertThat(status.get("code").asText()).isEqualTo("0x0");
    assertThat(status.get("status").asText()).isEqualTo("RUNNING");
    assertThat(result("queryGroupStatus", 9).get("status").asText()).isEqualTo("INEXISTENT");
  }

  @Test
  void sendRawTransactionOverHttpAnswersTheHashOrTheRefusal() {
    Transaction tx = group.transaction(group.cryptoSuite().generateKeyPair(), 9, 100);
    String raw = Hex.encodePrefixed(tx.encode());
    assertThat(result("sendRawTransaction", 1, raw).asText())
        .isEqualTo(Hex.encodePrefixed(tx.hash(group.cryptoSuite())));
    assertThat(result("getPendingTxSize", 1).asText()).isEqualTo("0x1");
    assertThat(result("getPendingTransactions", 1).get(0).has("blockHash")).isFalse();
    JsonNode again = call("sendRawTransaction", 1, raw);
    assertThat(again.path("error").path("code").asInt()).isEqualTo(-32603);
    assertThat(again.path("error").path("message").asText()).contains("AlreadyKnown");
    assertThat(errorCode("sendRawTransaction", 1, "0xdeadbeef")).isEqualTo(-32603);
    assertThat(errorCode("sendRawTransaction", 1, "garbage")).isEqualTo(-32603);
  }

  @Test
  void everyCatalogueMethodAnswersWithoutInternalErrors() {
    for (String method : StandardMethods.catalogue().names()) {
      if (method.startsWith("sendRawTransaction")) {
        continue; // "1" is not a transaction: FISCO answers -32603 for undecodable ones
      }
      JsonNode response = call(method, 1, "1", "0x0", "1", true);
      assertThat(response.path("error").path("code").asInt())
          .as("%s -> %s", method, response)
          .isNotEqualTo(-32603);
    }
  }
}
