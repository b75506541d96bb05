package org.jbcos.tools.evm;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbcos.evm.Address;
import org.jbcos.evm.Word;

/**
 * One case of a GeneralStateTests file: a pre-state, a transaction template whose data, gas limit
 * and value are chosen by index, and the expected outcome of each index combination per fork.
 *
 * <p>Numbers the fixtures may give beyond 64 bits are kept as {@link BigInteger}; deciding whether
 * a transaction with such a number is valid is the runner's job.
 *
 * @param file the JSON file it came from
 * @param name the test's key in that file
 * @param env the block the transaction runs in
 * @param pre accounts before the transaction
 * @param transaction the transaction template
 * @param post expected outcomes by fork name (e.g. {@code ConstantinopleFix})
 */
public record StateTest(
    Path file,
    String name,
    Env env,
    Map<Address, Account> pre,
    Transaction transaction,
    Map<String, List<PostState>> post) {

  /**
   * The block environment.
   *
   * @param coinbase receives the fees
   * @param difficulty DIFFICULTY
   * @param gasLimit the block gas limit; a transaction asking for more is invalid
   * @param number NUMBER
   * @param timestamp TIMESTAMP
   */
  public record Env(
      Address coinbase, BigInteger difficulty, long gasLimit, long number, long timestamp) {}

  /**
   * An account of the pre-state.
   *
   * @param balance wei
   * @param nonce the account nonce, unsigned 64 bits (-1 is 2^64-1)
   * @param code contract code, empty for an external account
   * @param storage non-zero slots
   */
  public record Account(BigInteger balance, long nonce, byte[] code, Map<Word, Word> storage) {}

  /**
   * The transaction template.
   *
   * @param data call data (or init code) choices
   * @param gasLimit gas limit choices, possibly beyond 64 bits
   * @param value value choices
   * @param gasPrice price per gas
   * @param nonce the nonce the transaction claims
   * @param sender the address of the signing key
   * @param to the callee, empty for a contract creation
   */
  public record Transaction(
      List<byte[]> data,
      List<BigInteger> gasLimit,
      List<BigInteger> value,
      BigInteger gasPrice,
      BigInteger nonce,
      Address sender,
      Optional<Address> to) {}

  /**
   * The expected outcome of one index combination.
   *
   * @param data index into {@link Transaction#data()}
   * @param gas index into {@link Transaction#gasLimit()}
   * @param value index into {@link Transaction#value()}
   * @param stateRoot the post-state root
   * @param logsHash {@link LogsHash} of the logs
   */
  public record PostState(int data, int gas, int value, Word stateRoot, Word logsHash) {
    /** "d=0 g=1 v=0", as in failure reports. */
    public String indexes() {
      return "d=" + data + " g=" + gas + " v=" + value;
    }
  }
}
