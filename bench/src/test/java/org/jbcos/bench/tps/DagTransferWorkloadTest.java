package org.jbcos.bench.tps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.fisco.bcos.sdk.crypto.CryptoSuite;
import org.fisco.bcos.sdk.model.CryptoType;
import org.fisco.bcos.sdk.utils.Numeric;
import org.jbcos.executor.precompiled.ReturnCodes;
import org.junit.jupiter.api.Test;

/** The DagTransfer workload reads the return code a status-0 receipt carries. */
class DagTransferWorkloadTest {
  private final DagTransferWorkload dag =
      new DagTransferWorkload(new CryptoSuite(CryptoType.ECDSA_TYPE));

  @Test
  void codeZeroIsNoRefusal() {
    assertThat(dag.refusal(Numeric.toHexString(ReturnCodes.encode(0)))).isEmpty();
  }

  @Test
  void aNonzeroCodeIsARefusalNamedByItsCode() {
    assertThat(
            dag.refusal(
                Numeric.toHexString(ReturnCodes.encode(ReturnCodes.DAG_INSUFFICIENT_BALANCE))))
        .hasValue("DagTransfer code -51404 (insufficient balance)");
  }

  @Test
  void anEmptyOutputIsARefusal() {
    assertThat(dag.refusal("0x")).isPresent();
    assertThat(dag.refusal(null)).isPresent();
  }

  @Test
  void aBalanceQueryWithANonzeroCodeThrows() {
    String notExist =
        Numeric.toHexString(ReturnCodes.encode(ReturnCodes.DAG_USER_NOT_EXIST))
            + Numeric.toHexStringNoPrefix(ReturnCodes.word(BigInteger.ZERO));
    assertThatThrownBy(() -> dag.balance(notExist)).hasMessageContaining("-51402");
    String ok =
        Numeric.toHexString(ReturnCodes.encode(0))
            + Numeric.toHexStringNoPrefix(ReturnCodes.word(BigInteger.valueOf(42)));
    assertThat(dag.balance(ok)).isEqualTo(42);
  }
}
