package org.jbcos.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeConfigLoaderTest {
  @TempDir Path node;

  /** A node directory as build_chain.sh lays it out, with placeholder certificate files. */
  @BeforeEach
  void fiscoNode() throws IOException {
    write("config.ini", FiscoFiles.text("config.ini"));
    write("conf/group.1.genesis", FiscoFiles.text("group.1.genesis"));
    write("conf/group.1.ini", FiscoFiles.text("group.1.ini"));
    for (String file :
        new String[] {
          "ca.crt",
          "node.crt",
          "node.key",
          "channel_cert/ca.crt",
          "channel_cert/node.crt",
          "channel_cert/node.key"
        }) {
      write("conf/" + file, "placeholder");
    }
  }

  private void write(String path, String text) throws IOException {
    Path file = node.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private LoadedConfig load() {
    return NodeConfigLoader.load(node.resolve("config.ini"));
  }

  @Test
  void loadsAFiscoNodeDirectory() {
    LoadedConfig loaded = load();

    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.nodeDir()).isEqualTo(node.toAbsolutePath().normalize());
    assertThat(loaded.node().p2p().peers()).hasSize(4);
    assertThat(loaded.groups()).containsOnlyKeys(1);
    GroupConfig group = loaded.groups().get(1);
    assertThat(group.genesis().consensus().sealers()).hasSize(4);
    assertThat(group.ini().txPool().limit()).isEqualTo(150000);
    assertThat(loaded.certificateDir()).isEqualTo(loaded.nodeDir().resolve("conf"));
    assertThat(loaded.groupDataDir(1)).isEqualTo(loaded.nodeDir().resolve("data/group1"));
    assertThat(loaded.logDir()).isEqualTo(loaded.nodeDir().resolve("log"));
  }

  @Test
  void loadsEveryGroupInAscendingOrder() throws IOException {
    String genesis = FiscoFiles.text("group.1.genesis");
    write("conf/group.10.genesis", genesis.replace("id=1\n", "id=10\n"));
    write("conf/group.2.genesis", genesis.replace("id=1\n", "id=2\n"));
    write("conf/group.2.ini", FiscoFiles.text("group.1.ini"));

    LoadedConfig loaded = load();

    assertThat(loaded.groups().keySet()).containsExactly(1, 2, 10);
    assertThat(loaded.groups().get(10).ini()).isEqualTo(GroupIni.defaults());
    assertThat(loaded.warnings())
        .containsExactly("conf/group.10.ini: missing, group 10 runs with the default settings");
  }

  @Test
  void namesAMissingConfigIni() {
    Path missing = node.resolve("nowhere/config.ini");

    assertThatThrownBy(() -> NodeConfigLoader.load(missing))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            missing
                + ": not found: give the node's config.ini, e.g."
                + " nodes/127.0.0.1/node0/config.ini");
  }

  @Test
  void namesAMissingCertificateFileAndTheKeyThatNamesIt() throws IOException {
    Files.delete(node.resolve("conf/node.key"));

    assertThatThrownBy(this::load)
        .hasMessage("config.ini [network_security] key: file conf/node.key does not exist");
  }

  @Test
  void namesAMissingChannelCertificate() throws IOException {
    Files.delete(node.resolve("conf/channel_cert/node.crt"));

    assertThatThrownBy(this::load)
        .hasMessage(
            "config.ini [chain] rsa_crypto_channel: file conf/channel_cert/node.crt does not exist");
  }

  @Test
  void smNodesNeedTheGmFilesAndTheOriginCertificates() throws IOException {
    write("config.ini", FiscoFiles.text("config-sm.ini"));

    assertThatThrownBy(this::load)
        .hasMessage("config.ini [network_security] key: file conf/gmnode.key does not exist");
    for (String file : new String[] {"gmca.crt", "gmnode.crt", "gmnode.key", "gmennode.crt"}) {
      write("conf/" + file, "placeholder");
    }
    assertThatThrownBy(this::load)
        .hasMessage("config.ini [network_security] en_key: file conf/gmennode.key does not exist");
    write("conf/gmennode.key", "placeholder");

    assertThat(load().node().chain().smCrypto()).isTrue();
  }

  @Test
  void namesAMissingGroupConfigDirectory() throws IOException {
    write(
        "config.ini",
        FiscoFiles.withLine(
            FiscoFiles.text("config.ini"), "group_config_path", "group_config_path=groups/"));

    assertThatThrownBy(this::load)
        .hasMessage("config.ini [group] group_config_path: directory groups/ does not exist");
  }

  @Test
  void warnsWhenThereIsNoGroup() throws IOException {
    Files.delete(node.resolve("conf/group.1.genesis"));

    assertThat(load().warnings())
        .containsExactly(
            "config.ini [group] group_config_path: no group.N.genesis in conf/, the node runs no"
                + " group");
  }

  @Test
  void reportsErrorsWithThePathRelativeToTheNode() throws IOException {
    String text =
        FiscoFiles.withLine(
            FiscoFiles.text("group.1.genesis"), "consensus_timeout", "consensus_timeout=abc");
    write("conf/group.1.genesis", text);

    assertThatThrownBy(this::load)
        .hasMessage(
            "conf/group.1.genesis [consensus] consensus_timeout: must be an integer >= 3, got"
                + " \"abc\" (line "
                + FiscoFiles.lineOf(text, "consensus_timeout")
                + ")");
  }

  @Test
  void rejectsAGenesisFileNameWithoutAGroupId() throws IOException {
    write("conf/group.one.genesis", FiscoFiles.text("group.1.genesis"));

    assertThatThrownBy(this::load)
        .hasMessage(
            "conf/group.one.genesis: a genesis file must be named group.<id>.genesis with an id"
                + " from 1 to 32767");
  }

  @Test
  void rejectsAGenesisForAnotherGroup() throws IOException {
    write("conf/group.2.genesis", FiscoFiles.text("group.1.genesis"));

    assertThatThrownBy(this::load)
        .hasMessage(
            "conf/group.2.genesis [group] id: is 1 but the file is for group 2 (line "
                + FiscoFiles.lineOf(FiscoFiles.text("group.1.genesis"), "id")
                + ")");
  }

  @Test
  void rejectsABlockGenerationTimeLongerThanTheConsensusTimeout() throws IOException {
    String text =
        FiscoFiles.withLine(
            FiscoFiles.text("group.1.ini"),
            "min_block_generation_time",
            "min_block_generation_time=3001");
    write("conf/group.1.ini", text);

    assertThatThrownBy(this::load)
        .hasMessage(
            "conf/group.1.ini [consensus] min_block_generation_time: is 3001 ms, longer than the"
                + " consensus_timeout of conf/group.1.genesis (3000 ms) (line "
                + FiscoFiles.lineOf(text, "min_block_generation_time")
                + ")");
  }

  @Test
  void rejectsASingleBlockEpochFrom260() throws IOException {
    String text =
        FiscoFiles.withLine(
            FiscoFiles.text("group.1.genesis"), "epoch_block_num", "epoch_block_num=1");
    write("conf/group.1.genesis", text);

    assertThatThrownBy(this::load)
        .hasMessage(
            "conf/group.1.genesis [consensus] epoch_block_num: must be greater than 1 from"
                + " supported_version 2.6.0 on, got 1 (line "
                + FiscoFiles.lineOf(text, "epoch_block_num")
                + ")");
  }

  @Test
  void rejectsTwoMysqlGroupsInOneDatabase() throws IOException {
    String mysql =
        FiscoFiles.text("group.1.ini")
            .replace("type=rocksdb", "type=mysql")
            .replace("db_username=", "db_username=root")
            .replace("db_name=", "db_name=fisco");
    write("conf/group.1.ini", mysql);
    write("conf/group.2.genesis", FiscoFiles.text("group.1.genesis").replace("id=1\n", "id=2\n"));
    write("conf/group.2.ini", mysql);

    assertThatThrownBy(this::load)
        .hasMessage(
            "conf/group.2.ini [storage] db_name: database 127.0.0.1:3306/fisco is also used by"
                + " group 1; give each group its own");
  }

  @Test
  void collectsWarningsOfEveryFile() throws IOException {
    write("config.ini", FiscoFiles.text("config.ini") + "\n[extra]\nx=1\n");
    write(
        "conf/group.1.ini",
        FiscoFiles.text("group.1.ini").replace("[sync]\n", "[sync]\n    idleWaitMs=200\n"));

    assertThat(load().warnings())
        .hasSize(2)
        .anySatisfy(w -> assertThat(w).startsWith("config.ini [extra]: unknown section"))
        .anySatisfy(
            w -> assertThat(w).startsWith("conf/group.1.ini [sync] idleWaitMs: unknown key"));
  }
}
