package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.jbcos.codec.abi.AbiException;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.HashFunction;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.Table;
import org.jbcos.storage.TableFactory;

/**
 * 0x5002: 2.9's demonstration of parallel transfers. Users are rows of table {@code u_dag_transfer}
 * (key field {@code user_name}, value field {@code user_balance}, a decimal uint256), created on
 * first use. Every function returns a code (0, or -51400…-51406, see {@link ReturnCodes}):
 *
 * <ul>
 *   <li>{@code userAdd(string user, uint256 balance)}: a new user; fails if the user exists.
 *   <li>{@code userSave(string user, uint256 amount)}: adds to the balance, creating the user.
 *   <li>{@code userDraw(string user, uint256 amount)}: takes from the balance.
 *   <li>{@code userTransfer(string from, string to, uint256 amount)}: moves between users, creating
 *       {@code to}; a transfer to oneself does nothing and succeeds.
 *   <li>{@code userBalance(string user) returns (int256 code, uint256 balance)}.
 * </ul>
 *
 * <p>Its conflict tags are the user names a call names, so transfers between disjoint users run in
 * parallel.
 */
public final class DagTransferPrecompiled extends SystemContract implements ParallelPrecompiled {
  static final String TABLE = "u_dag_transfer";
  static final String USER = "user_name";
  static final String BALANCE = "user_balance";

  private static final BigInteger MAX_UINT256 =
      BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private final AbiFunction add;
  private final AbiFunction save;
  private final AbiFunction draw;
  private final AbiFunction transfer;
  private final AbiFunction balance;

  public DagTransferPrecompiled(HashFunction hash, GasMetrics metrics) {
    this(
        metrics,
        SystemFunction.writing(
            "userAdd(string,uint256) returns (int256)", hash, DagTransferPrecompiled::userAdd),
        SystemFunction.writing(
            "userSave(string,uint256) returns (int256)", hash, DagTransferPrecompiled::userSave),
        SystemFunction.writing(
            "userDraw(string,uint256) returns (int256)", hash, DagTransferPrecompiled::userDraw),
        SystemFunction.writing(
            "userTransfer(string,string,uint256) returns (int256)",
            hash,
            DagTransferPrecompiled::userTransfer),
        SystemFunction.reading(
            "userBalance(string) returns (int256,uint256)",
            hash,
            DagTransferPrecompiled::userBalance));
  }

  private DagTransferPrecompiled(
      GasMetrics metrics,
      SystemFunction add,
      SystemFunction save,
      SystemFunction draw,
      SystemFunction transfer,
      SystemFunction balance) {
    super("dagTransfer", List.of(add, save, draw, transfer, balance), metrics);
    this.add = add.abi();
    this.save = save.abi();
    this.draw = draw.abi();
    this.transfer = transfer.abi();
    this.balance = balance.abi();
  }

  /**
   * The user names of the call (none for an empty name: such a call touches no row). Unlike 2.9,
   * {@code userBalance} is tagged with its user too, so that its output is the serial one. A call
   * must run alone while the table does not exist yet, since it creates it, and when its input does
   * not decode.
   */
  @Override
  public Optional<List<String>> conflictTags(byte[] input, TableFactory blockStart) {
    if (blockStart.openTable(TABLE).isEmpty()) {
      return Optional.empty();
    }
    try {
      if (add.matches(input)) {
        return Optional.of(nonEmpty(add.decodeInput(input).get(0)));
      }
      if (save.matches(input)) {
        return Optional.of(nonEmpty(save.decodeInput(input).get(0)));
      }
      if (draw.matches(input)) {
        return Optional.of(nonEmpty(draw.decodeInput(input).get(0)));
      }
      if (transfer.matches(input)) {
        List<Object> args = transfer.decodeInput(input);
        String from = (String) args.get(0);
        String to = (String) args.get(1);
        return Optional.of(from.isEmpty() || to.isEmpty() ? List.of() : List.of(from, to));
      }
      if (balance.matches(input)) {
        // 2.9 gives a query no tags; but a transaction's output must not depend on whether it
        // ran before or after a concurrent write of the same user
        return Optional.of(nonEmpty(balance.decodeInput(input).get(0)));
      }
    } catch (AbiException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static List<String> nonEmpty(Object user) {
    String name = (String) user;
    return name.isEmpty() ? List.of() : List.of(name);
  }

  private static byte[] userAdd(SystemCall call) {
    String user = call.string(0);
    BigInteger amount = amount(call, 1);
    if (user.isEmpty()) {
      return code(ReturnCodes.DAG_INVALID_USER_NAME);
    }
    Table table = table(call.tables());
    if (balanceOf(table, user).isPresent()) {
      return code(ReturnCodes.DAG_USER_ALREADY_EXIST);
    }
    table.insert(user, row(amount));
    return code(0);
  }

  private static byte[] userSave(SystemCall call) {
    String user = call.string(0);
    BigInteger amount = amount(call, 1);
    if (user.isEmpty()) {
      return code(ReturnCodes.DAG_INVALID_USER_NAME);
    }
    if (amount.signum() == 0) {
      return code(ReturnCodes.DAG_INVALID_AMOUNT);
    }
    Table table = table(call.tables());
    Optional<BigInteger> current = balanceOf(table, user);
    if (current.isEmpty()) {
      table.insert(user, row(amount));
      return code(0);
    }
    BigInteger updated = current.get().add(amount);
    if (updated.compareTo(MAX_UINT256) > 0) {
      return code(ReturnCodes.DAG_BALANCE_OVERFLOW);
    }
    table.update(user, row(updated), Condition.all());
    return code(0);
  }

  private static byte[] userDraw(SystemCall call) {
    String user = call.string(0);
    BigInteger amount = amount(call, 1);
    if (user.isEmpty()) {
      return code(ReturnCodes.DAG_INVALID_USER_NAME);
    }
    if (amount.signum() == 0) {
      return code(ReturnCodes.DAG_INVALID_AMOUNT);
    }
    Table table = table(call.tables());
    Optional<BigInteger> current = balanceOf(table, user);
    if (current.isEmpty()) {
      return code(ReturnCodes.DAG_USER_NOT_EXIST);
    }
    if (current.get().compareTo(amount) < 0) {
      return code(ReturnCodes.DAG_INSUFFICIENT_BALANCE);
    }
    table.update(user, row(current.get().subtract(amount)), Condition.all());
    return code(0);
  }

  private static byte[] userTransfer(SystemCall call) {
    String from = call.string(0);
    String to = call.string(1);
    BigInteger amount = amount(call, 2);
    if (from.isEmpty() || to.isEmpty()) {
      return code(ReturnCodes.DAG_INVALID_USER_NAME);
    }
    if (amount.signum() == 0) {
      return code(ReturnCodes.DAG_INVALID_AMOUNT);
    }
    if (from.equals(to)) {
      return code(0);
    }
    Table table = table(call.tables());
    Optional<BigInteger> fromBalance = balanceOf(table, from);
    if (fromBalance.isEmpty()) {
      return code(ReturnCodes.DAG_USER_NOT_EXIST);
    }
    if (fromBalance.get().compareTo(amount) < 0) {
      return code(ReturnCodes.DAG_INSUFFICIENT_BALANCE);
    }
    Optional<BigInteger> toBalance = balanceOf(table, to);
    if (toBalance.isEmpty()) {
      // as 2.9: the receiver's row is added before the overflow check (which 0 cannot fail)
      table.insert(to, row(BigInteger.ZERO));
    }
    BigInteger received = toBalance.orElse(BigInteger.ZERO).add(amount);
    if (received.compareTo(MAX_UINT256) > 0) {
      return code(ReturnCodes.DAG_BALANCE_OVERFLOW);
    }
    table.update(from, row(fromBalance.get().subtract(amount)), Condition.all());
    table.update(to, row(received), Condition.all());
    return code(0);
  }

  private static byte[] userBalance(SystemCall call) {
    String user = call.string(0);
    if (user.isEmpty()) {
      return balanceOutput(ReturnCodes.DAG_INVALID_USER_NAME, BigInteger.ZERO);
    }
    Optional<BigInteger> current = balanceOf(table(call.tables()), user);
    return current.isEmpty()
        ? balanceOutput(ReturnCodes.DAG_USER_NOT_EXIST, BigInteger.ZERO)
        : balanceOutput(0, current.get());
  }

  private static byte[] balanceOutput(int code, BigInteger balance) {
    byte[] out = new byte[64];
    System.arraycopy(code(code), 0, out, 0, 32);
    System.arraycopy(ReturnCodes.word(balance), 0, out, 32, 32);
    return out;
  }

  /** The table, created on first use as 2.9 does (also by a balance query). */
  private static Table table(TableFactory tables) {
    return tables
        .openTable(TABLE)
        .orElseGet(() -> tables.createTable(TABLE, USER, List.of(BALANCE)));
  }

  private static Optional<BigInteger> balanceOf(Table table, String user) {
    List<Entry> rows = table.select(user, Condition.all());
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(new BigInteger(rows.get(0).getOrEmpty(BALANCE)));
  }

  private static Entry row(BigInteger balance) {
    return Entry.of(BALANCE, balance.toString());
  }

  private static BigInteger amount(SystemCall call, int index) {
    return (BigInteger) call.arguments().get(index);
  }

  private static byte[] code(int code) {
    return ReturnCodes.encode(code);
  }
}
