package org.jbcos.evm;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.worldstate.WorldState;

/**
 * Runs a whole transaction: validation, intrinsic gas, nonce and value, the top frame, refunds,
 * fees to the coinbase, self-destructs and EIP-158 removal of touched empty accounts.
 */
public final class TransactionProcessor {
  /**
   * Which Ethereum rules apply on top of the EVM.
   *
   * @param chargeFees buy gas up front and pay the coinbase (Ethereum); FISCO charges nothing
   * @param checkNonce require tx nonce == account nonce (Ethereum); FISCO uses its own nonces
   * @param deleteEmptyAccounts EIP-158: remove accounts a transaction touched and left empty
   */
  public record Rules(boolean chargeFees, boolean checkNonce, boolean deleteEmptyAccounts) {
    public static final Rules ETHEREUM = new Rules(true, true, true);
    public static final Rules FISCO = new Rules(false, false, false);
  }

  private final Evm evm;
  private final Rules rules;

  public TransactionProcessor(Evm evm, Rules rules) {
    this.evm = evm;
    this.rules = rules;
  }

  /** Gas charged before execution: base, creation surcharge and call data. */
  public static long intrinsicGas(GasSchedule g, boolean create, byte[] data) {
    long gas = g.txBase + (create ? g.txCreate : 0);
    for (byte b : data) {
      gas += b == 0 ? g.txDataZero : g.txDataNonZero;
    }
    return gas;
  }

  public TransactionResult process(WorldState state, BlockContext block, EvmTransaction tx) {
    GasSchedule g = evm.config().gas();
    Address sender = tx.sender();
    long intrinsic = intrinsicGas(g, tx.to().isEmpty(), tx.data());
    BigInteger gasPrice = rules.chargeFees() ? tx.gasPrice() : BigInteger.ZERO;
    BigInteger upfront = gasPrice.multiply(BigInteger.valueOf(tx.gasLimit()));
    Optional<String> invalid = Optional.empty();
    if (rules.checkNonce() && tx.nonce() != state.nonce(sender)) {
      invalid = Optional.of("nonce " + tx.nonce() + " but the account's is " + state.nonce(sender));
    } else if (rules.checkNonce() && tx.nonce() == -1L) {
      invalid = Optional.of("nonce at its maximum");
    } else if (tx.gasLimit() < intrinsic) {
      invalid = Optional.of("gas limit " + tx.gasLimit() + " below intrinsic gas " + intrinsic);
    } else if (rules.chargeFees() && tx.gasLimit() > block.gasLimit()) {
      invalid = Optional.of("gas limit above the block gas limit");
    } else if (rules.chargeFees() && state.balance(sender).compareTo(upfront.add(tx.value())) < 0) {
      invalid = Optional.of("balance too low for gas and value");
    }
    if (invalid.isPresent()) {
      return new TransactionResult(
          invalid, Halt.INSUFFICIENT_BALANCE, 0, new byte[0], List.of(), Optional.empty());
    }

    state.clearTouched();
    if (rules.chargeFees()) {
      state.setBalance(sender, state.balance(sender).subtract(upfront));
    }
    Message message;
    if (tx.to().isPresent()) {
      state.incrementNonce(sender);
      Address to = tx.to().get();
      message =
          new Message(
              Message.Kind.CALL,
              sender,
              to,
              to,
              tx.value(),
              tx.data(),
              tx.gasLimit() - intrinsic,
              0,
              false);
    } else {
      message =
          new Message(
              Message.Kind.CREATE,
              sender,
              Address.ZERO,
              Address.ZERO,
              tx.value(),
              tx.data(),
              tx.gasLimit() - intrinsic,
              0,
              false);
    }
    TxContext ctx = new TxContext(sender, tx.gasPrice());
    MessageResult result = evm.execute(state, block, ctx, message);

    long gasUsed = tx.gasLimit() - result.gasLeft();
    long refund = result.halt().isSuccess() ? Math.min(result.gasRefund(), gasUsed / 2) : 0;
    gasUsed -= refund;
    if (rules.chargeFees()) {
      BigInteger leftover = gasPrice.multiply(BigInteger.valueOf(tx.gasLimit() - gasUsed));
      state.setBalance(sender, state.balance(sender).add(leftover));
      Address coinbase = block.coinbase();
      state.setBalance(
          coinbase, state.balance(coinbase).add(gasPrice.multiply(BigInteger.valueOf(gasUsed))));
    }
    for (Address destroyed : result.selfDestructs()) {
      state.deleteAccount(destroyed);
    }
    if (rules.deleteEmptyAccounts() && g.eip158) {
      for (Address touched : state.touchedAccounts()) {
        if (state.exists(touched) && state.isEmpty(touched)) {
          state.deleteAccount(touched);
        }
      }
    }
    state.clearTouched();
    return new TransactionResult(
        Optional.empty(),
        result.halt(),
        gasUsed,
        result.output(),
        result.halt().isSuccess() ? result.logs() : List.of(),
        result.createdAddress());
  }
}
