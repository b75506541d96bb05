package org.jbcos.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupGenesisTest {
  private static final String SOURCE = "conf/group.1.genesis";
  private static final String FISCO = FiscoFiles.text("group.1.genesis");

  private static GroupGenesis parse(String text) {
    return GroupGenesis.parse(SOURCE, text).value();
  }

  @Test
  void readsTheFileBuildChainWrites() {
    Parsed<GroupGenesis> parsed = GroupGenesis.parse(SOURCE, FISCO);
    GroupGenesis genesis = parsed.value();

    assertThat(parsed.warnings()).isEmpty();
    assertThat(genesis.consensus().type()).isEqualTo(ConsensusType.PBFT);
    assertThat(genesis.consensus().maxTransNum()).isEqualTo(1000);
    assertThat(genesis.consensus().consensusTimeout()).isEqualTo(3);
    assertThat(genesis.consensus().epochSealerNum()).isEqualTo(4);
    assertThat(genesis.consensus().epochBlockNum()).isEqualTo(1000);
    assertThat(genesis.consensus().sealers())
        .hasSize(4)
        .startsWith(FiscoFiles.SEALER_0)
        .endsWith(FiscoFiles.SEALER_3);
    assertThat(genesis.stateType()).isEqualTo(StateType.STORAGE);
    assertThat(genesis.txGasLimit()).isEqualTo(300_000_000L);
    assertThat(genesis.groupId()).isEqualTo(1);
    assertThat(genesis.timestamp()).isEqualTo(1_700_000_000_000L);
    assertThat(genesis.enableFreeStorage()).isFalse();
    assertThat(genesis.eventFilter()).isEqualTo(EventFilterConfig.defaults());
  }

  @Test
  void minimalGenesisTakesFiscosDefaults() {
    GroupGenesis genesis =
        parse("[consensus]\nnode.0=" + FiscoFiles.SEALER_0 + "\n[group]\nid=2\n");

    assertThat(genesis)
        .isEqualTo(
            new GroupGenesis(
                new GenesisConsensus(
                    ConsensusType.PBFT,
                    1000,
                    3,
                    1,
                    1000,
                    1000,
                    2000,
                    List.of(FiscoFiles.SEALER_0),
                    List.of()),
                StateType.STORAGE,
                300_000_000L,
                2,
                0,
                false,
                EventFilterConfig.defaults()));
  }

  @Test
  void readsRaftRpbftMptAndFreeStorage() {
    GroupGenesis genesis =
        parse(
            "[consensus]\nconsensus_type=RAFT\nnode.0="
                + FiscoFiles.SEALER_0
                + "\n[state]\ntype=mpt\n[group]\nid=3\n[evm]\nenable_free_storage=true\n"
                + "[event_filter]\nmax_block_range=1000\nmax_block_per_process=5\n");

    assertThat(genesis.consensus().type()).isEqualTo(ConsensusType.RAFT);
    assertThat(genesis.stateType()).isEqualTo(StateType.MPT);
    assertThat(genesis.enableFreeStorage()).isTrue();
    assertThat(genesis.eventFilter()).isEqualTo(new EventFilterConfig(1000, 5));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "consensus_timeout|abc|[consensus] consensus_timeout: must be an integer >= 3, got"
            + " \"abc\"",
        "consensus_timeout|2|[consensus] consensus_timeout: must be an integer >= 3, got \"2\"",
        "consensus_type|hotstuff|[consensus] consensus_type: must be one of pbft, raft, rpbft,"
            + " got \"hotstuff\"",
        "max_trans_num|0|[consensus] max_trans_num: must be an integer >= 1, got \"0\"",
        "epoch_sealer_num|-4|[consensus] epoch_sealer_num: must be an integer >= 1, got \"-4\"",
        "node.2|0x1234|[consensus] node.2: must be a node id (128 hex characters, the node's public"
            + " key), got \"0x1234\" (6 characters)",
        "type|leveldb|[state] type: must be one of storage, mpt, got \"leveldb\"",
        "gas_limit|99999|[tx] gas_limit: must be an integer >= 100000, got \"99999\"",
        "id|0|[group] id: must be an integer between 1 and 32767, got \"0\"",
        "id|32768|[group] id: must be an integer between 1 and 32767, got \"32768\"",
        "timestamp|yesterday|[group] timestamp: must be an integer >= 0, got \"yesterday\"",
        "enable_free_storage|on|[evm] enable_free_storage: must be true or false, got \"on\"",
      })
  void rejectsBadValuesNamingFileSectionKeyAndLine(String key, String value, String message) {
    String text = FiscoFiles.withLine(FISCO, key, key + "=" + value);

    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(ConfigException.class)
        .hasMessage(SOURCE + " " + message + " (line " + FiscoFiles.lineOf(text, key) + ")");
  }

  @Test
  void theIssueExampleMessage() {
    String text = FiscoFiles.withLine(FISCO, "consensus_timeout", "consensus_timeout=abc");

    assertThatThrownBy(() -> parse(text))
        .hasMessageStartingWith(
            "conf/group.1.genesis [consensus] consensus_timeout: must be an integer >= 3, got"
                + " \"abc\"");
  }

  @Test
  void rejectsAGenesisWithoutSealers() {
    assertThatThrownBy(() -> parse("[consensus]\nconsensus_type=pbft\n[group]\nid=1\n"))
        .hasMessage(
            SOURCE
                + " [consensus]: lists no sealer: add node.0=<node id> (the 128-hex public key in"
                + " node.nodeid) (line 1)");
    assertThatThrownBy(() -> parse("[group]\nid=1\n"))
        .hasMessageStartingWith(SOURCE + " [consensus]: lists no sealer");
  }

  @Test
  void rejectsASealerListedTwice() {
    String text = FiscoFiles.withLine(FISCO, "node.3", "node.3=" + FiscoFiles.SEALER_0);

    assertThatThrownBy(() -> parse(text))
        .hasMessage(
            SOURCE
                + " [consensus] node.3: lists node "
                + FiscoFiles.SEALER_0.substring(0, 16)
                + "... a second time (line "
                + FiscoFiles.lineOf(text, "node.3")
                + ")");
  }

  @Test
  void readsObserversAndRejectsANodeThatIsBoth() {
    String text =
        "[consensus]\nnode.0="
            + FiscoFiles.SEALER_0
            + "\nobserver.0="
            + FiscoFiles.SEALER_3
            + "\n[group]\nid=1\n";
    assertThat(parse(text).consensus().observers()).containsExactly(FiscoFiles.SEALER_3);

    String both = text.replace(FiscoFiles.SEALER_3, FiscoFiles.SEALER_0);
    assertThatThrownBy(() -> parse(both))
        .hasMessageStartingWith(
            SOURCE
                + " [consensus]: lists node "
                + FiscoFiles.SEALER_0.substring(0, 16)
                + "... as both sealer and observer");
  }

  @Test
  void requiresTheGroupId() {
    assertThatThrownBy(() -> parse("[consensus]\nnode.0=" + FiscoFiles.SEALER_0 + "\n"))
        .hasMessage(SOURCE + " [group] id: is required but missing");
  }

  @Test
  void rejectsAnElectionRangeThatIsEmpty() {
    assertThatThrownBy(
            () ->
                parse(
                    "[consensus]\nmin_elect_time=2000\nmax_elect_time=2000\nnode.0="
                        + FiscoFiles.SEALER_0
                        + "\n[group]\nid=1\n"))
        .hasMessage(
            SOURCE
                + " [consensus] max_elect_time: must be greater than min_elect_time (2000), got"
                + " 2000 (line 3)");
  }

  @Test
  void warnsAboutUnknownKeys() {
    String text = FISCO.replace("[tx]\n", "[tx]\n    gasLimit=1\n");

    assertThat(GroupGenesis.parse(SOURCE, text).warnings())
        .containsExactly(
            SOURCE
                + " [tx] gasLimit: unknown key, ignored (line "
                + FiscoFiles.lineOf(text, "gasLimit")
                + ")");
  }

  @Test
  void roundTrips() {
    GroupGenesis fisco = parse(FISCO);
    GroupGenesis custom =
        new GroupGenesis(
            new GenesisConsensus(
                ConsensusType.RPBFT,
                500,
                10,
                2,
                50,
                1500,
                3000,
                List.of(FiscoFiles.SEALER_3),
                List.of(FiscoFiles.SEALER_0)),
            StateType.MPT,
            1_000_000L,
            32767,
            42,
            true,
            new EventFilterConfig(100, 7));

    for (GroupGenesis genesis : List.of(fisco, custom)) {
      assertThat(GroupGenesis.parse(SOURCE, genesis.toIni()))
          .isEqualTo(new Parsed<>(genesis, List.of()));
    }
  }

  @Test
  void writesSealersInOrderAsNodeN() {
    String text = parse(FISCO).toIni();

    assertThat(text)
        .contains(
            "    node.0=" + FiscoFiles.SEALER_0 + "\n", "    node.3=" + FiscoFiles.SEALER_3 + "\n")
        .contains("[group]\n    id=1\n    timestamp=1700000000000\n");
  }
}
