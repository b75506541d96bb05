package org.jbcos.executor.precompiled;

import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.EQ;
import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.GE;
import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.GT;
import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.LE;
import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.LIMIT;
import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.LT;
import static org.jbcos.executor.precompiled.PrecompiledGas.Operation.NE;

import java.math.BigInteger;
import java.util.List;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.storage.Condition;

/**
 * A Condition object of Table.sol: predicates added one call at a time (EQ, NE on text, numbers or
 * addresses; GT, GE, LT, LE on numbers; a limit), used by a later select, update or remove. Numbers
 * compare as signed 64-bit integers, so a bound outside that range fails the call.
 */
final class ConditionObject {
  private Condition condition = Condition.all();

  Condition condition() {
    return condition;
  }

  static ObjectKind<ConditionObject> kind(HashFunction hash) {
    return new ObjectKind<>(
        "Condition",
        List.of(
            op("EQ(string,int256)", EQ, hash, (o, c) -> o.condition.eq(c.string(0), decimal(c))),
            op("EQ(string,string)", EQ, hash, (o, c) -> o.condition.eq(c.string(0), c.string(1))),
            op(
                "EQ(string,address)",
                EQ,
                hash,
                (o, c) -> o.condition.eq(c.string(0), Hex.encode(c.address(1).toBytes()))),
            op("NE(string,int256)", NE, hash, (o, c) -> o.condition.ne(c.string(0), decimal(c))),
            op("NE(string,string)", NE, hash, (o, c) -> o.condition.ne(c.string(0), c.string(1))),
            op("GT(string,int256)", GT, hash, (o, c) -> o.condition.gt(c.string(0), int64(c, 1))),
            op("GE(string,int256)", GE, hash, (o, c) -> o.condition.ge(c.string(0), int64(c, 1))),
            op("LT(string,int256)", LT, hash, (o, c) -> o.condition.lt(c.string(0), int64(c, 1))),
            op("LE(string,int256)", LE, hash, (o, c) -> o.condition.le(c.string(0), int64(c, 1))),
            op("limit(int256)", LIMIT, hash, (o, c) -> o.condition.limit(count(c, 0))),
            op(
                "limit(int256,int256)",
                LIMIT,
                hash,
                (o, c) -> o.condition.limit(count(c, 0), count(c, 1)))));
  }

  /** A change of the condition. */
  private interface Change {
    Condition apply(ConditionObject target, SystemCall call);
  }

  private static ObjectFunction<ConditionObject> op(
      String signature, PrecompiledGas.Operation operation, HashFunction hash, Change change) {
    // Table.sol declares these view: a STATICCALL may run them, they write no table
    return ObjectFunction.reading(
        signature,
        hash,
        ObjectFunction.recording(
            operation,
            (o, c) -> {
              o.condition = change.apply(o, c);
              return ObjectFunction.NO_OUTPUT;
            }));
  }

  private static String decimal(SystemCall c) {
    return c.integer(1).toString();
  }

  private static long int64(SystemCall c, int index) {
    BigInteger v = c.integer(index);
    if (v.bitLength() > 63) {
      throw new CallFailure("condition bound outside int64: " + v);
    }
    return v.longValueExact();
  }

  private static int count(SystemCall c, int index) {
    BigInteger v = c.integer(index);
    if (v.signum() < 0 || v.bitLength() > 31) {
      throw new CallFailure("limit outside 0.." + Integer.MAX_VALUE + ": " + v);
    }
    return v.intValueExact();
  }
}
