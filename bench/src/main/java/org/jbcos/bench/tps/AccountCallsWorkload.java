package org.jbcos.bench.tps;

import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Function;
import org.fisco.bcos.sdk.abi.datatypes.Type;
import org.fisco.bcos.sdk.abi.datatypes.generated.Uint256;
import org.fisco.bcos.sdk.crypto.CryptoSuite;

/**
 * A workload of three functions that take accounts as one ABI type and amounts as uint256: {@code
 * set(account, amount)}, {@code transfer(from, to, amount)} and {@code balanceOf(account)}, under
 * the names each contract gives them. Balances come back as one uint256 and a transaction that
 * committed did what it was asked, unless a subclass reads its output otherwise.
 */
abstract class AccountCallsWorkload implements Workload {
  final Abi abi;
  private final String setFunction;
  private final String transferFunction;
  private final String balanceFunction;

  @SuppressWarnings("rawtypes")
  private final Function<String, Type> accountArgument;

  /**
   * @param accountArgument an account as the contract's functions take it ({@code Address::new},
   *     {@code Utf8String::new})
   */
  @SuppressWarnings("rawtypes")
  AccountCallsWorkload(
      CryptoSuite suite,
      String setFunction,
      String transferFunction,
      String balanceFunction,
      Function<String, Type> accountArgument) {
    this.abi = new Abi(suite);
    this.setFunction = setFunction;
    this.transferFunction = transferFunction;
    this.balanceFunction = balanceFunction;
    this.accountArgument = accountArgument;
  }

  @SuppressWarnings("rawtypes")
  private Type accountArgument(String account) {
    return accountArgument.apply(account);
  }

  @Override
  public final String setBalance(String account, BigInteger amount) {
    return abi.encode(setFunction, accountArgument(account), new Uint256(amount));
  }

  @Override
  public final String transfer(String from, String to, BigInteger amount) {
    return abi.encode(
        transferFunction, accountArgument(from), accountArgument(to), new Uint256(amount));
  }

  @Override
  public final String balanceOf(String account) {
    return abi.encode(balanceFunction, accountArgument(account));
  }

  @Override
  public BigInteger balance(String callOutput) {
    return Abi.uint256(callOutput);
  }

  @Override
  public Optional<String> refusal(String receiptOutput) {
    return Optional.empty();
  }
}
