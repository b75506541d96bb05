package org.jbcos.tools.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jbcos.node.config.LoadedConfig;
import org.jbcos.node.config.NodeConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Option errors: each is one line, exit code 1, and nothing is written. */
class BuildChainOptionsTest {
  @TempDir Path dir;

  private Cli.Result run(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "build-chain";
    all[1] = "-o";
    all[2] = dir.resolve("nodes").toString();
    all[3] = "--launcher";
    all[4] = dir.resolve("jbcos").toString();
    System.arraycopy(args, 0, all, 5, args.length);
    return Cli.run(all);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|give the nodes with either -l IP:COUNT (e.g. -l 127.0.0.1:4) or -f FILE",
        "-l 127.0.0.1|expected ip:count such as 127.0.0.1:4, got \"127.0.0.1\"",
        "-l 127.0.0.1:4 -p 30300,20200|ports must be three numbers p2p,channel,jsonrpc such as"
            + " 30300,20200,8545, got \"30300,20200\"",
        "-l 127.0.0.1:2 -p 30300,30301,8545|port 127.0.0.1:30301 would be used twice: by"
            + " 127.0.0.1/node0 channel and by 127.0.0.1/node1 p2p",
        "-l 127.0.0.1:1 -v 2.10.0|-v 2.10.0: JBCOS runs chains up to 2.9.1",
        "-l 127.0.0.1:1 -v 3.0.0|must be a FISCO BCOS 2.x version such as 2.9.0 or 2.0.0-rc1, got"
            + " \"3.0.0\"",
        "-l 127.0.0.1:1 -s leveldb|-s must be one of rocksdb, mysql, scalable, got \"leveldb\"",
        "-l 127.0.0.1:1 -c hotstuff|-c must be one of pbft, raft, rpbft, got \"hotstuff\"",
        "-l 127.0.0.1:1 -c raft|-c raft: JBCOS runs pbft only; raft and rpbft are not implemented"
            + " yet",
        "-l 127.0.0.1:2 --observers 2|--observers 2: group 1 has 2 node(s) and needs at least one"
            + " sealer",
        "-l 127.0.0.1:1 -C -1|-C: the chain id must not be negative, got -1",
        "-l 127.0.0.1:1 -X 0|-X: the validity must be at least 1 day, got 0",
      })
  void rejects(String args, String message) {
    Cli.Result r = run(args.isEmpty() ? new String[0] : args.split(" "));

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: " + message + System.lineSeparator());
    assertThat(dir.resolve("nodes")).doesNotExist();
  }

  @Test
  void rejectsBothHostOptions() throws Exception {
    Path file = dir.resolve("ipconf");
    Files.writeString(file, "127.0.0.1:1 agency 1\n");

    assertThat(run("-l", "127.0.0.1:1", "-f", file.toString()).err())
        .startsWith("error: give the nodes with either -l");
  }

  @Test
  void namesTheBadLineOfAnIpFile() throws Exception {
    Path file = dir.resolve("ipconf");
    Files.writeString(file, "# hosts\n127.0.0.1:1 agency 1\n127.0.0.1:1 agency one\n");

    Cli.Result r = run("-f", file.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + file
                + " line 3: groups must be ids from 1 to 32767 separated by commas, got \"one\""
                + System.lineSeparator());
  }

  @Test
  void namesAMissingOrEmptyIpFile() throws Exception {
    assertThat(run("-f", dir.resolve("none").toString()).err())
        .isEqualTo("error: -f " + dir.resolve("none") + ": no such file" + System.lineSeparator());
    Path empty = dir.resolve("empty");
    Files.writeString(empty, "# nothing\n\n");
    assertThat(run("-f", empty.toString()).err())
        .isEqualTo("error: " + empty + " lists no host" + System.lineSeparator());
  }

  @Test
  void versionsBefore290GetSecp256k1ChannelCertificates() {
    Cli.Result r = run("-l", "127.0.0.1:1", "-v", "2.8.0");

    assertThat(r.exitCode()).as(r.err()).isZero();
    LoadedConfig loaded =
        NodeConfigLoader.load(dir.resolve("nodes/127.0.0.1/node0").resolve("config.ini"));
    assertThat(loaded.node().supportedVersion()).hasToString("2.8.0");
    assertThat(loaded.node().chain().rsaCryptoChannel()).isFalse();
    assertThat(dir.resolve("nodes/127.0.0.1/node0/conf/channel_cert")).doesNotExist();
    assertThat(r.out()).contains("(secp256k1 channel)");
  }

  @Test
  void helpDescribesOptionsAndLayout() {
    Cli.Result r = Cli.run("build-chain", "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "-l, --ip-list",
            "-f, --ip-file",
            "-o, --output",
            "-p, --ports",
            "-g, --sm-crypto",
            "-s, --storage",
            "-v, --supported-version",
            "30300,20200,8545).",
            "OUTPUT/<ip>/node<i>/conf/ca.crt, node.crt, node.key, node.nodeid",
            "JBCOS node started");
    assertThat(Cli.run("--help").out()).contains("build-chain");
  }
}
