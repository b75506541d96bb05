package org.jbcos.executor.precompiled;

/**
 * FISCO 2.9's prices of the table operations a system contract records ({@link PrecompiledGas}),
 * chosen per group: the standard metrics, the free-storage ones of {@code [evm]
 * enable_free_storage=true}, or none for chains whose {@code supported_version} is below 2.4.0 (2.9
 * charges system contracts only from 2.4.0 on).
 */
public enum GasMetrics {
  /** Nothing is charged, memory included. */
  NONE(0, 0, 0, 0),
  STANDARD(16_000, 200, 10_000, 2_500),
  FREE_STORAGE(500, 200, 200, 200);

  /** Condition predicates, entry getters and setters (FISCO's "very low" tier). */
  static final long VERY_LOW = 3;

  /** Memory gas per 32-byte word, plus words² / {@link #MEMORY_QUADRATIC_DIVISOR}. */
  static final long MEMORY_WORD = 3;

  static final long MEMORY_QUADRATIC_DIVISOR = 512;

  private final long createTable;
  private final long load;
  private final long store;
  private final long remove;

  GasMetrics(long createTable, long load, long store, long remove) {
    this.createTable = createTable;
    this.load = load;
    this.store = store;
    this.remove = remove;
  }

  /** The metrics of a group: none below 2.4.0, else by {@code enable_free_storage}. */
  public static GasMetrics of(boolean charged, boolean freeStorage) {
    if (!charged) {
      return NONE;
    }
    return freeStorage ? FREE_STORAGE : STANDARD;
  }

  /** The price of one {@code operation} (one row for select, insert, update and remove). */
  long cost(PrecompiledGas.Operation operation) {
    if (this == NONE) {
      return 0;
    }
    return switch (operation) {
      case EQ, NE, GT, GE, LT, LE, LIMIT, GET_INT, GET_ADDR, SET, GET_STRING -> VERY_LOW;
      case GET_BYTE32 -> 32 * VERY_LOW;
      case GET_BYTE64 -> 64 * VERY_LOW;
      case CREATE_TABLE -> createTable;
      case OPEN_TABLE, SELECT -> load;
      case INSERT, UPDATE -> store;
      case REMOVE -> remove;
    };
  }

  /** The price of {@code bytes} of memory: 3 per 32-byte word plus words² / 512; 0 for none. */
  long memoryCost(long bytes) {
    if (this == NONE || bytes <= 0) {
      return 0;
    }
    long words = (bytes + 31) / 32;
    return MEMORY_WORD * words + words * words / MEMORY_QUADRATIC_DIVISOR;
  }
}
