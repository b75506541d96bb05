package org.jbcos.executor.precompiled;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jbcos.crypto.HashFunction;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;

/**
 * 0x1003: group membership in {@code _sys_consensus_} (one row per node under the key {@code node},
 * fields {@code type}, {@code node_id}, {@code enable_num}).
 *
 * <ul>
 *   <li>{@code addSealer(string)} and {@code addObserver(string)} insert the node's row or change
 *       its type, with {@code enable_num} = block + 1, and return the rows written (1).
 *   <li>{@code remove(string)} deletes the node's row (the node becomes "free") and returns the
 *       rows removed (0 when it was not a member).
 *   <li>A node id that is not 128 hex characters returns {@link ReturnCodes#INVALID_NODE_ID};
 *       demoting or removing the only sealer returns {@link ReturnCodes#LAST_SEALER}. Ids are
 *       stored lower case.
 *   <li>An origin outside the table's whitelist ({@link TableAccess}) gets {@link
 *       ReturnCodes#NO_AUTHORIZED} and nothing changes.
 * </ul>
 */
public final class ConsensusPrecompiled extends SystemContract {
  public static final String KEY = "node";
  public static final String TYPE = "type";
  public static final String NODE_ID = "node_id";
  public static final String ENABLE_NUM = "enable_num";
  public static final String SEALER = "sealer";
  public static final String OBSERVER = "observer";

  private static final Pattern NODE_ID_FORMAT = Pattern.compile("[0-9a-f]{128}");

  public ConsensusPrecompiled(HashFunction hash, GasMetrics metrics) {
    super(
        "consensus",
        List.of(
            SystemFunction.writing(
                "addSealer(string) returns (int256)", hash, c -> setType(c, SEALER)),
            SystemFunction.writing(
                "addObserver(string) returns (int256)", hash, c -> setType(c, OBSERVER)),
            SystemFunction.writing(
                "remove(string) returns (int256)", hash, ConsensusPrecompiled::remove)),
        metrics);
  }

  private static byte[] setType(SystemCall call, String type) {
    String nodeId = call.string(0).toLowerCase(Locale.ROOT);
    if (!NODE_ID_FORMAT.matcher(nodeId).matches()) {
      return ReturnCodes.encode(ReturnCodes.INVALID_NODE_ID);
    }
    Table table = consensusTable(call);
    if (!type.equals(SEALER) && isOnlySealer(table, nodeId, call.blockNumber())) {
      return ReturnCodes.encode(ReturnCodes.LAST_SEALER);
    }
    if (!call.mayWrite(SystemTables.CONSENSUS)) {
      return ReturnCodes.encode(ReturnCodes.NO_AUTHORIZED);
    }
    Condition ofNode = Condition.all().eq(NODE_ID, nodeId);
    Entry change = Entry.of(TYPE, type, ENABLE_NUM, call.enableNum());
    int written = table.update(KEY, change, ofNode);
    if (written == 0) {
      written =
          table.insert(KEY, Entry.of(TYPE, type, NODE_ID, nodeId, ENABLE_NUM, call.enableNum()));
    }
    return ReturnCodes.encode(written);
  }

  private static byte[] remove(SystemCall call) {
    String nodeId = call.string(0).toLowerCase(Locale.ROOT);
    if (!NODE_ID_FORMAT.matcher(nodeId).matches()) {
      return ReturnCodes.encode(ReturnCodes.INVALID_NODE_ID);
    }
    Table table = consensusTable(call);
    if (isOnlySealer(table, nodeId, call.blockNumber())) {
      return ReturnCodes.encode(ReturnCodes.LAST_SEALER);
    }
    if (!call.mayWrite(SystemTables.CONSENSUS)) {
      return ReturnCodes.encode(ReturnCodes.NO_AUTHORIZED);
    }
    return ReturnCodes.encode(table.remove(KEY, Condition.all().eq(NODE_ID, nodeId)));
  }

  /**
   * Whether {@code nodeId} is a sealer in force at {@code blockNumber} and no other sealer is (a
   * sealer added in this block does not count yet).
   */
  private static boolean isOnlySealer(Table table, String nodeId, long blockNumber) {
    List<String> sealers =
        table.select(KEY, Condition.all().eq(TYPE, SEALER).le(ENABLE_NUM, blockNumber)).stream()
            .map(e -> e.getOrEmpty(NODE_ID))
            .toList();
    return sealers.contains(nodeId) && sealers.size() == 1;
  }

  private static Table consensusTable(SystemCall call) {
    return call.tables()
        .openTable(SystemTables.CONSENSUS)
        .orElseThrow(() -> new IllegalStateException("no " + SystemTables.CONSENSUS));
  }
}
