package org.jbcos.node.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code group.N.ini}: settings of group N that may differ between nodes and change on restart.
 * FISCO runs a group whose {@code .ini} is missing with these defaults.
 *
 * @param consensus {@code [consensus]}
 * @param storage {@code [storage]}
 * @param txPool {@code [tx_pool]}
 * @param sync {@code [sync]}
 * @param flowControl {@code [flow_control]}
 * @param sdkAllowlist {@code [sdk_allowlist] public_key.N}: if not empty, only SDKs with these
 *     public keys may use the group
 * @param enableParallel {@code [tx_execute] enable_parallel}, default true (FISCO reads it only for
 *     supported_version below 2.3.0; later versions always execute in parallel where they can)
 */
public record GroupIni(
    ConsensusConfig consensus,
    StorageConfig storage,
    TxPoolConfig txPool,
    SyncConfig sync,
    FlowControlConfig flowControl,
    List<String> sdkAllowlist,
    boolean enableParallel) {
  private static final String SDK_ALLOWLIST = "sdk_allowlist";
  private static final String PUBLIC_KEY_PREFIX = "public_key.";
  private static final String TX_EXECUTE = "tx_execute";
  private static final String ENABLE_PARALLEL = "enable_parallel";
  private static final Set<String> KNOWN_SECTIONS =
      Set.of(
          ConsensusConfig.SECTION,
          StorageConfig.SECTION,
          TxPoolConfig.SECTION,
          SyncConfig.SECTION,
          FlowControlConfig.SECTION,
          SDK_ALLOWLIST,
          TX_EXECUTE);

  public GroupIni {
    Objects.requireNonNull(consensus, "consensus");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(txPool, "txPool");
    Objects.requireNonNull(sync, "sync");
    Objects.requireNonNull(flowControl, "flowControl");
    sdkAllowlist = List.copyOf(sdkAllowlist);
  }

  /** FISCO's code defaults: what a node uses when the file is missing or empty. */
  public static GroupIni defaults() {
    return of(StorageConfig.defaults(StorageType.ROCKSDB), TxPoolConfig.DEFAULT_LIMIT);
  }

  /** The defaults with this storage and tx pool limit, as build_chain.sh writes the file. */
  public static GroupIni of(StorageConfig storage, int txPoolLimit) {
    return new GroupIni(
        ConsensusConfig.defaults(),
        storage,
        TxPoolConfig.withLimit(txPoolLimit),
        SyncConfig.defaults(),
        FlowControlConfig.unlimited(),
        List.of(),
        true);
  }

  /**
   * Reads and checks a group's {@code .ini} file.
   *
   * @param source the file's name in messages, e.g. {@code conf/group.1.ini}
   * @throws ConfigException at the first bad line or value
   */
  public static Parsed<GroupIni> parse(String source, String text) {
    IniDocument document = IniParser.parse(source, text);
    List<String> warnings = new ArrayList<>();
    SectionReader consensus = new SectionReader(document, ConsensusConfig.SECTION, warnings);
    SectionReader storage = new SectionReader(document, StorageConfig.SECTION, warnings);
    SectionReader txPool = new SectionReader(document, TxPoolConfig.SECTION, warnings);
    SectionReader sync = new SectionReader(document, SyncConfig.SECTION, warnings);
    SectionReader flow = new SectionReader(document, FlowControlConfig.SECTION, warnings);
    SectionReader allowlist = new SectionReader(document, SDK_ALLOWLIST, warnings);
    SectionReader execute = new SectionReader(document, TX_EXECUTE, warnings);
    GroupIni ini =
        new GroupIni(
            ConsensusConfig.read(consensus),
            StorageConfig.read(storage),
            TxPoolConfig.read(txPool),
            SyncConfig.read(sync),
            FlowControlConfig.read(flow),
            allowlist.nodeIds(PUBLIC_KEY_PREFIX),
            execute.bool(ENABLE_PARALLEL, true));
    Sections.warnUnknown(document, KNOWN_SECTIONS, warnings);
    for (SectionReader r : List.of(consensus, storage, txPool, sync, flow, allowlist, execute)) {
      r.finish();
    }
    return new Parsed<>(ini, warnings);
  }

  /** The text of {@code group.N.ini}, in the shape build_chain.sh writes it. */
  public String toIni() {
    IniWriter w = new IniWriter();
    consensus.write(w);
    storage.write(w);
    txPool.write(w);
    sync.write(w);
    flowControl.write(w, "group");
    w.section(SDK_ALLOWLIST)
        .comment("When sdk_allowlist is empty, all SDKs can connect to this node")
        .comment("when sdk_allowlist is not empty, only the SDK in the allowlist can connect");
    if (sdkAllowlist.isEmpty()) {
      w.comment("public_key.0 should be the SDK's public key, 128 hex characters")
          .disabled(PUBLIC_KEY_PREFIX + "0", "");
    }
    for (int i = 0; i < sdkAllowlist.size(); i++) {
      w.entry(PUBLIC_KEY_PREFIX + i, sdkAllowlist.get(i));
    }
    w.section(TX_EXECUTE).entry(ENABLE_PARALLEL, enableParallel);
    return w.toString();
  }
}
