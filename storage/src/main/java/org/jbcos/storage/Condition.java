package org.jbcos.storage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A filter on the rows of one key: predicates that must all hold, then {@code limit(offset,
 * count)}. EQ and NE compare bytes; GT, GE, LT and LE compare as signed 64-bit integers, an empty
 * value counting as 0 and a non-numeric one matching nothing (as 2.x does).
 */
public final class Condition {
  /** The comparison of one predicate. */
  public enum Op {
    EQ,
    NE,
    GT,
    GE,
    LT,
    LE
  }

  /** One predicate: {@code field op value}. */
  public record Predicate(String field, Op op, String value) {}

  private static final Condition NONE = new Condition(List.of(), 0, -1);

  private final List<Predicate> predicates;
  private final int offset;
  private final int count;

  private Condition(List<Predicate> predicates, int offset, int count) {
    this.predicates = predicates;
    this.offset = offset;
    this.count = count;
  }

  /** No predicate, no limit. */
  public static Condition all() {
    return NONE;
  }

  public Condition eq(String field, String value) {
    return with(new Predicate(field, Op.EQ, value));
  }

  public Condition ne(String field, String value) {
    return with(new Predicate(field, Op.NE, value));
  }

  public Condition gt(String field, long value) {
    return with(new Predicate(field, Op.GT, Long.toString(value)));
  }

  public Condition ge(String field, long value) {
    return with(new Predicate(field, Op.GE, Long.toString(value)));
  }

  public Condition lt(String field, long value) {
    return with(new Predicate(field, Op.LT, Long.toString(value)));
  }

  public Condition le(String field, long value) {
    return with(new Predicate(field, Op.LE, Long.toString(value)));
  }

  /** Keeps at most {@code count} matching rows after skipping {@code offset} of them. */
  public Condition limit(int offset, int count) {
    if (offset < 0 || count < 0) {
      throw new IllegalArgumentException("negative limit: " + offset + "," + count);
    }
    return new Condition(predicates, offset, count);
  }

  public Condition limit(int count) {
    return limit(0, count);
  }

  public List<Predicate> predicates() {
    return predicates;
  }

  public int offset() {
    return offset;
  }

  /** The row count limit, or -1 for none. */
  public int count() {
    return count;
  }

  public boolean hasLimit() {
    return count >= 0;
  }

  /** Rejects a predicate on a field the table does not have. */
  void check(TableInfo table) {
    for (Predicate p : predicates) {
      if (!table.hasField(p.field())) {
        throw new TableException(
            ErrorCode.INVALID_NAME_OR_FIELD,
            "condition on unknown field '" + p.field() + "' of " + table.name());
      }
    }
  }

  /** Whether a row's fields satisfy every predicate. */
  boolean matches(java.util.Map<String, byte[]> fields) {
    for (Predicate p : predicates) {
      byte[] v = fields.get(p.field());
      if (v == null || !test(p, v)) {
        return false;
      }
    }
    return true;
  }

  private static boolean test(Predicate p, byte[] value) {
    switch (p.op()) {
      case EQ:
        return Arrays.equals(value, p.value().getBytes(StandardCharsets.UTF_8));
      case NE:
        return !Arrays.equals(value, p.value().getBytes(StandardCharsets.UTF_8));
      default:
        break;
    }
    long actual;
    try {
      actual = value.length == 0 ? 0 : Long.parseLong(new String(value, StandardCharsets.UTF_8));
    } catch (NumberFormatException e) {
      return false;
    }
    long bound = Long.parseLong(p.value());
    return switch (p.op()) {
      case GT -> actual > bound;
      case GE -> actual >= bound;
      case LT -> actual < bound;
      case LE -> actual <= bound;
      default -> throw new AssertionError(p.op());
    };
  }

  private Condition with(Predicate p) {
    if (p.field() == null || p.value() == null) {
      throw new IllegalArgumentException("null field or value in condition");
    }
    List<Predicate> list = new ArrayList<>(predicates.size() + 1);
    list.addAll(predicates);
    list.add(p);
    return new Condition(List.copyOf(list), offset, count);
  }

  @Override
  public String toString() {
    return predicates + (hasLimit() ? " limit " + offset + "," + count : "");
  }
}
