package org.jbcos.executor.precompiled;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jbcos.storage.Entry;

/**
 * The gas meter of one system-contract call, as FISCO 2.9 prices it: the contract records the table
 * operations it performs (with row counts) and the memory it touches; {@link #total} is the sum of
 * the operations' prices plus the memory price of the largest memory recorded, the output included.
 */
public final class PrecompiledGas {
  /** What a system contract records; the prices are in {@link GasMetrics}. */
  public enum Operation {
    EQ,
    GE,
    GT,
    LE,
    LT,
    NE,
    LIMIT,
    GET_INT,
    GET_ADDR,
    SET,
    GET_BYTE32,
    GET_BYTE64,
    GET_STRING,
    CREATE_TABLE,
    OPEN_TABLE,
    SELECT,
    INSERT,
    UPDATE,
    REMOVE
  }

  private final GasMetrics metrics;
  private final Map<Operation, Long> counts = new EnumMap<>(Operation.class);
  private long memory;

  public PrecompiledGas(GasMetrics metrics) {
    this.metrics = metrics;
  }

  GasMetrics metrics() {
    return metrics;
  }

  /** Records one {@code operation}. */
  void record(Operation operation) {
    record(operation, 1);
  }

  /** Records {@code operation} on {@code rows} rows (0 rows cost nothing). */
  void record(Operation operation, long rows) {
    counts.merge(operation, rows, Long::sum);
  }

  /** Sets the memory used, even below what was recorded before (2.9's setMemUsed). */
  void setMemory(long bytes) {
    memory = bytes;
  }

  /** Raises the memory used to {@code bytes} if that is more (2.9's updateMemUsed). */
  void raiseMemory(long bytes) {
    memory = Math.max(memory, bytes);
  }

  long memory() {
    return memory;
  }

  /** The gas of the operations recorded and of the memory used. */
  public long total() {
    long gas = metrics.memoryCost(memory);
    for (Map.Entry<Operation, Long> c : counts.entrySet()) {
      gas += metrics.cost(c.getKey()) * c.getValue();
    }
    return gas;
  }

  /** 2.9's capacity of an entry: the bytes of its field names and values. */
  static long capacity(Entry row) {
    long bytes = 0;
    for (String name : row.names()) {
      bytes += utf8Length(name) + row.bytes(name).map(v -> v.length).orElse(0);
    }
    return bytes;
  }

  /** The capacities of {@code rows} added up. */
  static long capacity(List<Entry> rows) {
    long bytes = 0;
    for (Entry row : rows) {
      bytes += capacity(row);
    }
    return bytes;
  }

  static long utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
