package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fisco.bcos.sdk.BcosSDK;
import org.fisco.bcos.sdk.client.Client;
import org.jbcos.node.rpc.NodeRpc;
import org.jbcos.node.runtime.NodeRuntime;
import org.jbcos.tools.Main;

/**
 * Chains made by {@code jbcos build-chain} for the node tests, and SDK configs pointing at them.
 */
final class TestChains {
  private TestChains() {}

  /** A random first P2P port; channel ports are 100 above it, JSON-RPC ports 200 above. */
  static int randomBasePort() {
    return 20000 + ThreadLocalRandom.current().nextInt(20000);
  }

  /**
   * Runs {@code build-chain -l hosts -o out -p base,base+100,base+200} (plus {@code -g} for SM and
   * {@code extra}); fails the test with build-chain's error output if it does not succeed.
   */
  static Path build(Path out, String hosts, int base, boolean sm, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "build-chain",
                "-l",
                hosts,
                "-o",
                out.toString(),
                "-p",
                base + "," + (base + 100) + "," + (base + 200)));
    if (sm) {
      args.add("-g");
    }
    args.addAll(List.of(extra));
    StringWriter err = new StringWriter();
    assertThat(
            Main.commandLine()
                .setErr(new PrintWriter(err, true))
                .execute(args.toArray(String[]::new)))
        .as(err.toString())
        .isZero();
    return out;
  }

  /**
   * Writes {@code dir/config.toml} for the official SDK: certificates from {@code sdkDir}, the
   * given channel ports on 127.0.0.1 as peers, accounts under {@code dir/account}.
   */
  static Path sdkToml(Path dir, Path sdkDir, int... channelPorts) throws IOException {
    String peers =
        IntStream.of(channelPorts)
            .mapToObj(p -> "\"127.0.0.1:" + p + "\"")
            .collect(Collectors.joining(","));
    Path toml = dir.resolve("config.toml");
    Files.writeString(
        toml,
        "[cryptoMaterial]\ncertPath = \""
            + sdkDir
            + "\"\n[network]\npeers=["
            + peers
            + "]\n[account]\nkeyStoreDir = \""
            + dir.resolve("account")
            + "\"\n",
        StandardCharsets.UTF_8);
    return toml;
  }

  /** What a test does with the SDK's client of group 1. */
  @FunctionalInterface
  interface SdkBody {
    void run(Client client) throws Exception;
  }

  /**
   * Builds a one-node chain under {@code dir}, starts the node and its RPC, points the official SDK
   * at it and runs {@code body} with the SDK's client of group 1; stops everything afterwards.
   */
  static void withOneNodeSdk(Path dir, boolean sm, SdkBody body) throws Exception {
    Path out = build(dir.resolve("nodes"), "127.0.0.1:1", randomBasePort(), sm);
    try (NodeRuntime node = NodeRuntime.start(out.resolve("127.0.0.1/node0/config.ini"));
        NodeRpc rpc = NodeRpc.start(node)) {
      Path toml = sdkToml(dir, out.resolve("127.0.0.1/sdk"), rpc.channelPort());
      BcosSDK sdk = BcosSDK.build(toml.toString());
      try {
        body.run(sdk.getClient(1));
      } finally {
        sdk.stopAll();
      }
    }
  }
}
