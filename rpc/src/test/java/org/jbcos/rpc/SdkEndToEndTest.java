package org.jbcos.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.fisco.bcos.sdk.BcosSDK;
import org.fisco.bcos.sdk.client.Client;
import org.fisco.bcos.sdk.client.JsonRpcService;
import org.fisco.bcos.sdk.client.exceptions.ClientException;
import org.fisco.bcos.sdk.client.protocol.request.JsonRpcRequest;
import org.fisco.bcos.sdk.client.protocol.response.BcosBlock;
import org.fisco.bcos.sdk.client.protocol.response.BlockNumber;
import org.fisco.bcos.sdk.model.NodeVersion;
import org.jbcos.rpc.channel.ChannelServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The official FISCO BCOS Java SDK 2.9.3 against our channel server over TLS. */
@Timeout(120)
class SdkEndToEndTest {
  @TempDir static Path dir;
  static RpcServers servers;
  static BcosSDK sdk;
  static Client client;

  @BeforeAll
  static void start() throws Exception {
    TestCerts certs = TestCerts.rsa();
    servers =
        new RpcServers(
            new FakeNode(false, 1), certs.serverTls(), ChannelServer.Settings.defaults());
    Path conf = certs.writeSdkConf(dir.resolve("conf"));
    Path toml = dir.resolve("config.toml");
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
  static void stop() {
    if (sdk != null) {
      sdk.stopAll();
    }
    if (servers != null) {
      servers.close();
    }
  }

  @Test
  void blockNumber() {
    assertThat(client.getBlockNumber().getBlockNumber()).isEqualTo(BigInteger.ONE);
  }

  @Test
  void clientVersion() {
    NodeVersion.ClientVersion v = client.getNodeVersion().getNodeVersion();
    assertThat(v.getVersion()).isEqualTo("2.9.1");
    assertThat(v.getSupportedVersion()).isEqualTo("2.9.0");
    assertThat(v.getChainId()).isEqualTo("1");
    assertThat(client.getCryptoType()).isZero();
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
        .isEqualTo(
            "0x" + org.jbcos.crypto.Hex.encode(group.block(1).header().hash(group.cryptoSuite())));
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
