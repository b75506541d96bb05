package org.jbcos.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupIniTest {
  private static final String SOURCE = "conf/group.1.ini";
  private static final String FISCO = FiscoFiles.text("group.1.ini");

  private static GroupIni parse(String text) {
    return GroupIni.parse(SOURCE, text).value();
  }

  @Test
  void readsTheFileBuildChainWrites() {
    Parsed<GroupIni> parsed = GroupIni.parse(SOURCE, FISCO);

    assertThat(parsed.warnings()).isEmpty();
    assertThat(parsed.value())
        .isEqualTo(
            GroupIni.of(
                StorageConfig.defaults(StorageType.ROCKSDB), TxPoolConfig.BUILD_CHAIN_LIMIT));
  }

  @Test
  void anEmptyFileMeansFiscoCodeDefaults() {
    GroupIni ini = parse("");

    assertThat(ini).isEqualTo(GroupIni.defaults());
    assertThat(ini.txPool().limit()).isEqualTo(102400);
    assertThat(ini.consensus().minBlockGenerationTime()).isEqualTo(500);
    assertThat(ini.consensus().blockSizeIncreaseRatio()).isEqualTo(0.5);
    assertThat(ini.storage().type()).isEqualTo(StorageType.ROCKSDB);
    assertThat(ini.storage().maxCapacityMb()).isEqualTo(32);
    assertThat(ini.storage().maxForwardBlock()).isEqualTo(10);
    assertThat(ini.storage().maxConnections()).isEqualTo(50);
    assertThat(ini.txPool().memoryLimitMb()).isEqualTo(512);
    assertThat(ini.sync().gossipIntervalMs()).isEqualTo(1000);
    assertThat(ini.enableParallel()).isTrue();
  }

  @Test
  void readsAMysqlStorage() {
    String text =
        FISCO
            .replace("type=rocksdb", "type=MySQL")
            .replace("db_username=", "db_username=root")
            .replace("db_name=", "db_name=node0_g1")
            .replace("db_port=3306", "db_port=3307");

    StorageConfig storage = parse(text).storage();

    assertThat(storage.type()).isEqualTo(StorageType.MYSQL);
    assertThat(storage.dbUsername()).isEqualTo("root");
    assertThat(storage.dbPasswd()).isEmpty();
    assertThat(storage.dbName()).isEqualTo("node0_g1");
    assertThat(storage.dbPort()).isEqualTo(3307);
  }

  @Test
  void mysqlNeedsAUserAndADatabase() {
    String text = FISCO.replace("type=rocksdb", "type=mysql");

    assertThatThrownBy(() -> parse(text))
        .hasMessage(
            SOURCE
                + " [storage] db_username: is required when type=mysql (line "
                + FiscoFiles.lineOf(text, "db_username")
                + ")");
    String withUser = text.replace("db_username=", "db_username=root");
    assertThatThrownBy(() -> parse(withUser))
        .hasMessage(
            SOURCE
                + " [storage] db_name: is required when type=mysql (one database per node and"
                + " group) (line "
                + FiscoFiles.lineOf(withUser, "db_name")
                + ")");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ttl|0|[consensus] ttl: must be an integer >= 1, got \"0\"",
        "min_block_generation_time|-1|[consensus] min_block_generation_time: must be an integer >="
            + " 0, got \"-1\"",
        "min_block_generation_time|fast|[consensus] min_block_generation_time: must be an integer"
            + " >= 0, got \"fast\"",
        "enable_dynamic_block_size|True|[consensus] enable_dynamic_block_size: must be true or"
            + " false, got \"True\"",
        "prepare_status_broadcast_percent|20|[consensus] prepare_status_broadcast_percent: must be"
            + " an integer between 25 and 100, got \"20\"",
        "max_request_missedTxs_waitTime|1001|[consensus] max_request_missedTxs_waitTime: must be an"
            + " integer between 5 and 1000, got \"1001\"",
        "max_request_prepare_waitTime|5|[consensus] max_request_prepare_waitTime: must be an"
            + " integer between 10 and 1000, got \"5\"",
        "type|leveldb|[storage] type: must be one of rocksdb, mysql, scalable, got \"leveldb\"",
        "max_capacity|0|[storage] max_capacity: must be an integer >= 1, got \"0\"",
        "max_forward_block|x|[storage] max_forward_block: must be an integer >= 1, got \"x\"",
        "db_port|65536|[storage] db_port: must be an integer between 1 and 65535, got \"65536\"",
        "limit|0|[tx_pool] limit: must be an integer >= 1, got \"0\"",
        "memory_limit|512MB|[tx_pool] memory_limit: must be an integer >= 1, got \"512MB\"",
        "notify_worker_num|0|[tx_pool] notify_worker_num: must be an integer between 1 and 1024,"
            + " got \"0\"",
        "txs_expiration_time|0|[tx_pool] txs_expiration_time: must be an integer >= 1, got \"0\"",
        "max_block_sync_memory_size|16|[sync] max_block_sync_memory_size: must be an integer >= 32,"
            + " got \"16\"",
        "gossip_interval_ms|500|[sync] gossip_interval_ms: must be an integer between 1000 and"
            + " 3000, got \"500\"",
        "txs_max_gossip_peers_num|-1|[sync] txs_max_gossip_peers_num: must be an integer >= 0, got"
            + " \"-1\"",
      })
  void rejectsBadValuesNamingFileSectionKeyAndLine(String key, String value, String message) {
    String text = FiscoFiles.withLine(FISCO, key, key + "=" + value);

    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(ConfigException.class)
        .hasMessage(SOURCE + " " + message + " (line " + FiscoFiles.lineOf(text, key) + ")");
  }

  @Test
  void rejectsARatioOutsideZeroToTwo() {
    assertThatThrownBy(() -> parse("[consensus]\nblock_size_increase_ratio=2.5\n"))
        .hasMessage(
            SOURCE
                + " [consensus] block_size_increase_ratio: must be a number between 0 and 2, got"
                + " \"2.5\" (line 2)");
    assertThat(parse("[consensus]\nblock_size_increase_ratio=.25\n").consensus())
        .extracting(ConsensusConfig::blockSizeIncreaseRatio)
        .isEqualTo(0.25);
  }

  @Test
  void rejectsMoreInitialThanMaximumConnections() {
    assertThatThrownBy(() -> parse("[storage]\ninit_connections=60\nmax_connections=20\n"))
        .hasMessage(
            SOURCE + " [storage] init_connections: is 60, more than max_connections (20) (line 2)");
  }

  @Test
  void readsTheSdkAllowlist() {
    GroupIni ini = parse("[sdk_allowlist]\npublic_key.0=" + FiscoFiles.SEALER_3 + "\n");

    assertThat(ini.sdkAllowlist()).containsExactly(FiscoFiles.SEALER_3);
    assertThatThrownBy(() -> parse("[sdk_allowlist]\npublic_key.0=zz\n"))
        .hasMessageStartingWith(SOURCE + " [sdk_allowlist] public_key.0: must be a node id");
  }

  @Test
  void roundTrips() {
    GroupIni custom =
        new GroupIni(
            new ConsensusConfig(3, 1000, false, 1.25, false, false, false, 50, 200, 300),
            new StorageConfig(
                StorageType.MYSQL,
                true,
                3,
                false,
                256,
                20,
                5,
                "T",
                "10.0.0.2",
                3307,
                "u",
                "p w",
                "db",
                "utf8",
                5,
                30),
            new TxPoolConfig(1000, 64, 4, 60),
            new SyncConfig(64, 100, false, false, 2000, 2, 0),
            new FlowControlConfig(OptionalLong.of(10), OptionalDouble.of(1.5)),
            List.of(FiscoFiles.SEALER_0),
            false);

    for (GroupIni ini : List.of(parse(FISCO), GroupIni.defaults(), custom)) {
      assertThat(GroupIni.parse(SOURCE, ini.toIni())).isEqualTo(new Parsed<>(ini, List.of()));
    }
  }
}
