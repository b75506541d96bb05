package org.jbcos.node.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code group.N.genesis}: what block 0 of group N is made of. It must be byte-for-byte the same
 * on every node of the group and never changes after the group starts.
 *
 * @param consensus {@code [consensus]}
 * @param stateType {@code [state] type}, default storage
 * @param txGasLimit {@code [tx] gas_limit}, default 300000000, at least 100000 (the bound FISCO
 *     puts on {@code tx_gas_limit}); becomes the system config {@code tx_gas_limit}
 * @param groupId {@code [group] id}, required, 1 to 32767
 * @param timestamp {@code [group] timestamp}: the genesis block's time in ms, default 0
 * @param enableFreeStorage {@code [evm] enable_free_storage}, default false
 * @param eventFilter {@code [event_filter]}
 */
public record GroupGenesis(
    GenesisConsensus consensus,
    StateType stateType,
    long txGasLimit,
    int groupId,
    long timestamp,
    boolean enableFreeStorage,
    EventFilterConfig eventFilter) {
  public static final int MAX_GROUP_ID = 32767;
  public static final long DEFAULT_TX_GAS_LIMIT = 300_000_000L;
  public static final long MIN_TX_GAS_LIMIT = 100_000L;

  private static final String STATE = "state";
  private static final String TYPE = "type";
  private static final String TX = "tx";
  private static final String GAS_LIMIT = "gas_limit";
  private static final String GROUP = "group";
  private static final String ID = "id";
  private static final String TIMESTAMP = "timestamp";
  private static final String EVM = "evm";
  private static final String ENABLE_FREE_STORAGE = "enable_free_storage";
  private static final Set<String> KNOWN_SECTIONS =
      Set.of(GenesisConsensus.SECTION, STATE, TX, GROUP, EVM, EventFilterConfig.SECTION);

  public GroupGenesis {
    Objects.requireNonNull(consensus, "consensus");
    Objects.requireNonNull(stateType, "stateType");
    Objects.requireNonNull(eventFilter, "eventFilter");
  }

  /** What build_chain.sh writes for group {@code groupId}. */
  public static GroupGenesis of(
      int groupId, long timestamp, GenesisConsensus consensus, boolean enableFreeStorage) {
    return new GroupGenesis(
        consensus,
        StateType.STORAGE,
        DEFAULT_TX_GAS_LIMIT,
        groupId,
        timestamp,
        enableFreeStorage,
        EventFilterConfig.defaults());
  }

  /**
   * Reads and checks a genesis file.
   *
   * @param source the file's name in messages, e.g. {@code conf/group.1.genesis}
   * @throws ConfigException at the first bad line or value
   */
  public static Parsed<GroupGenesis> parse(String source, String text) {
    IniDocument document = IniParser.parse(source, text);
    List<String> warnings = new ArrayList<>();
    SectionReader consensus = new SectionReader(document, GenesisConsensus.SECTION, warnings);
    SectionReader state = new SectionReader(document, STATE, warnings);
    SectionReader tx = new SectionReader(document, TX, warnings);
    SectionReader group = new SectionReader(document, GROUP, warnings);
    SectionReader evm = new SectionReader(document, EVM, warnings);
    SectionReader eventFilter = new SectionReader(document, EventFilterConfig.SECTION, warnings);
    GroupGenesis genesis =
        new GroupGenesis(
            GenesisConsensus.read(consensus),
            state.choice(TYPE, StateType.STORAGE, StateType.class),
            tx.integer(GAS_LIMIT, DEFAULT_TX_GAS_LIMIT, MIN_TX_GAS_LIMIT, Long.MAX_VALUE),
            (int) group.requiredInteger(ID, 1, MAX_GROUP_ID),
            group.integer(TIMESTAMP, 0L, 0L, Long.MAX_VALUE),
            evm.bool(ENABLE_FREE_STORAGE, false),
            EventFilterConfig.read(eventFilter));
    Sections.warnUnknown(document, KNOWN_SECTIONS, warnings);
    for (SectionReader r : List.of(consensus, state, tx, group, evm, eventFilter)) {
      r.finish();
    }
    return new Parsed<>(genesis, warnings);
  }

  /** The text of {@code group.N.genesis}, in the shape build_chain.sh writes it. */
  public String toIni() {
    IniWriter w = new IniWriter();
    consensus.write(w);
    w.section(STATE).comment("storage or mpt").entry(TYPE, stateType.toString());
    w.section(TX).comment("transaction gas limit").entry(GAS_LIMIT, txGasLimit);
    w.section(GROUP).entry(ID, groupId).entry(TIMESTAMP, timestamp);
    w.section(EVM).entry(ENABLE_FREE_STORAGE, enableFreeStorage);
    eventFilter.write(w);
    return w.toString();
  }
}
