package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.fisco.bcos.sdk.BcosSDK;
import org.fisco.bcos.sdk.client.Client;
import org.fisco.bcos.sdk.crypto.keypair.CryptoKeyPair;
import org.fisco.bcos.sdk.transaction.manager.AssembleTransactionProcessor;
import org.fisco.bcos.sdk.transaction.manager.TransactionProcessorFactory;
import org.fisco.bcos.sdk.transaction.model.dto.TransactionResponse;
import org.fisco.solc.compiler.CompilationResult;
import org.fisco.solc.compiler.SolidityCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four sealers as real processes from {@code build-chain -l 127.0.0.1:4}, the official SDK
 * connected to all of them: one sealer killed with SIGKILL does not stop the chain and catches up
 * after a restart; with two stopped nothing is committed and nothing forks, and once they are back
 * the chain goes on.
 */
@Timeout(600)
class FourNodeProcessFaultTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void survivesACrashedSealerAndHaltsWithoutForkingBelowQuorum(@TempDir Path dir) throws Exception {
    int base = TestChains.randomBasePort();
    Path out = TestChains.build(dir.resolve("nodes"), "127.0.0.1:4", base, false);
    List<NodeProcess> nodes = new ArrayList<>();
    BcosSDK sdk = null;
    try {
      for (int i = 0; i < 4; i++) {
        nodes.add(NodeProcess.start(out.resolve("127.0.0.1/node" + i + "/config.ini")));
      }
      Path toml =
          TestChains.sdkToml(
              dir, out.resolve("127.0.0.1/sdk"), base + 100, base + 101, base + 102, base + 103);
      sdk = BcosSDK.build(toml.toString());
      Client client = sdk.getClient(1);
      AssembleTransactionProcessor processor =
          TransactionProcessorFactory.createAssembleTransactionProcessor(
              client, client.getCryptoSuite().getCryptoKeyPair());
      CompilationResult.ContractMetadata token = compile();
      TransactionResponse deployed =
          processor.deployAndGetResponse(token.abi, token.bin, List.of());
      assertThat(deployed.getTransactionReceipt().getStatus()).isEqualTo("0x0");
      String contract = deployed.getContractAddress();
      transfer(processor, token.abi, contract);

      // one sealer crashes: the other three still commit
      nodes.get(3).kill();
      long before = height(base, 0);
      for (int i = 0; i < 3; i++) {
        transfer(processor, token.abi, contract);
      }
      assertThat(height(base, 0)).isGreaterThan(before);

      // it comes back and catches up
      nodes.get(3).restart();
      long target = height(base, 0);
      await(() -> height(base, 3) >= target, 60);
      transfer(processor, token.abi, contract);
      assertSameChain(base, 4);

      // two of four stopped: below quorum nothing commits
      nodes.get(2).stop();
      nodes.get(3).stop();
      long stuck = height(base, 0);
      String pending =
          sendRaw(processor, client.getCryptoSuite().getCryptoKeyPair(), token.abi, contract, base);
      Thread.sleep(5_000);
      assertThat(height(base, 0)).isEqualTo(stuck);
      assertThat(height(base, 1)).isEqualTo(stuck);

      // back to four: the pending transfer commits, every node on the same chain
      nodes.get(2).restart();
      nodes.get(3).restart();
      await(() -> receiptStatus(base, pending) != null, 90);
      assertThat(receiptStatus(base, pending)).isEqualTo("0x0");
      long last = height(base, 0);
      await(() -> height(base, 2) >= last && height(base, 3) >= last, 60);
      assertSameChain(base, 4);
    } finally {
      if (sdk != null) {
        sdk.stopAll();
        Thread.interrupted();
      }
      nodes.forEach(NodeProcess::close);
    }
  }

  private static void transfer(AssembleTransactionProcessor processor, String abi, String contract)
      throws Exception {
    TransactionResponse r =
        processor.sendTransactionAndGetResponse(
            contract, abi, "transfer", List.of(randomAddress(), BigInteger.ONE));
    assertThat(r.getTransactionReceipt().getStatus()).as(r.getReceiptMessages()).isEqualTo("0x0");
  }

  /** Signs a transfer and sends it to node 0 over JSON-RPC; returns its hash. */
  private String sendRaw(
      AssembleTransactionProcessor processor,
      CryptoKeyPair account,
      String abi,
      String contract,
      int base)
      throws Exception {
    String signed =
        processor.createSignedTransaction(
            contract,
            processor.encodeFunction(abi, "transfer", List.of(randomAddress(), BigInteger.ONE)),
            account);
    JsonNode reply = rpc(base, 0, "sendRawTransaction", "[1, \"" + signed + "\"]");
    assertThat(reply.has("result")).as(reply.toString()).isTrue();
    return reply.get("result").asText();
  }

  private void assertSameChain(int base, int count) throws Exception {
    long height = height(base, 0);
    for (long n = 1; n <= height; n++) {
      Set<String> hashes = new HashSet<>();
      for (int i = 0; i < count; i++) {
        JsonNode r = rpc(base, i, "getBlockHashByNumber", "[1, \"" + n + "\"]");
        if (r.has("result")) {
          hashes.add(r.get("result").asText());
        }
      }
      assertThat(hashes).as("block %d", n).hasSize(1);
    }
  }

  private long height(int base, int node) {
    try {
      JsonNode r = rpc(base, node, "getBlockNumber", "[1]");
      return Long.decode(r.get("result").asText());
    } catch (Exception e) {
      return -1;
    }
  }

  private String receiptStatus(int base, String txHash) {
    try {
      JsonNode r = rpc(base, 0, "getTransactionReceipt", "[1, \"" + txHash + "\"]");
      JsonNode result = r.path("result");
      return result.isObject() ? result.get("status").asText() : null;
    } catch (Exception e) {
      return null;
    }
  }

  private JsonNode rpc(int base, int node, String method, String params) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (base + 200 + node)))
                .timeout(Duration.ofSeconds(10))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"method\":\""
                            + method
                            + "\",\"params\":"
                            + params
                            + ",\"id\":1}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  private static void await(BooleanSupplier condition, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met in %d s", seconds).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static String randomAddress() {
    byte[] a = new byte[20];
    ThreadLocalRandom.current().nextBytes(a);
    return "0x" + org.jbcos.crypto.Hex.encode(a);
  }

  private static CompilationResult.ContractMetadata compile() throws Exception {
    try (InputStream in =
        FourNodeProcessFaultTest.class.getResourceAsStream("/contracts/Token.sol")) {
      SolidityCompiler.Result r =
          SolidityCompiler.compile(
              in.readAllBytes(),
              false,
              true,
              SolidityCompiler.Options.ABI,
              SolidityCompiler.Options.BIN);
      return CompilationResult.parse(r.getOutput()).getContract("Token");
    }
  }
}
