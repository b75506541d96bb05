package org.jbcos.bench.tps;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.fisco.bcos.sdk.crypto.CryptoSuite;

/**
 * What the harness drives: where the transfers go (a contract it deploys, or a precompiled
 * contract), and the call data of an account's set-up, a transfer and a balance read. The harness
 * does the rest (signing, sending, counting, checking) the same way for every workload.
 */
interface Workload {
  /** The names {@code --workload} takes. */
  List<String> NAMES =
      List.of(TransferWorkload.NAME, ParallelOkWorkload.NAME, DagTransferWorkload.NAME);

  /** The workload called {@code name} (one of {@link #NAMES}), encoding calls for {@code suite}. */
  static Workload create(String name, CryptoSuite suite) {
    return switch (name) {
      case TransferWorkload.NAME -> new TransferWorkload(suite);
      case ParallelOkWorkload.NAME -> new ParallelOkWorkload(suite);
      case DagTransferWorkload.NAME -> new DagTransferWorkload(suite);
      default ->
          throw new IllegalArgumentException(
              "unknown workload " + name + "; one of " + String.join(", ", NAMES));
    };
  }

  /** Its {@code --workload} name. */
  String name();

  /** One line for the report: what is called and how. */
  String description();

  /**
   * Deploys and prepares what the transfers call, if anything, through {@code chain}; returns the
   * address every transaction of the run goes to.
   */
  String setUp(Chain chain);

  /** An account's name made of 20 random bytes. */
  String account(byte[] random);

  /** Call data giving {@code account} the balance {@code amount} (before the timed phase). */
  String setBalance(String account, BigInteger amount);

  /** Call data moving {@code amount} from one account to another. */
  String transfer(String from, String to, BigInteger amount);

  /** Call data of the read-only balance query. */
  String balanceOf(String account);

  /** The balance in a {@link #balanceOf} call's output; throws if the query was refused. */
  BigInteger balance(String callOutput);

  /**
   * Why a transaction with receipt status 0 did nothing, read from its output (a precompiled
   * contract's return code); empty when it did what it was asked.
   */
  Optional<String> refusal(String receiptOutput);
}
