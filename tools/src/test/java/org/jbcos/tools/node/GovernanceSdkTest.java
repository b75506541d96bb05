package org.jbcos.tools.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.fisco.bcos.sdk.client.Client;
import org.fisco.bcos.sdk.contract.precompiled.contractmgr.ContractLifeCycleService;
import org.fisco.bcos.sdk.contract.precompiled.permission.ChainGovernanceService;
import org.fisco.bcos.sdk.contract.precompiled.permission.PermissionInfo;
import org.fisco.bcos.sdk.contract.precompiled.permission.PermissionService;
import org.fisco.bcos.sdk.contract.precompiled.sysconfig.SystemConfigService;
import org.fisco.bcos.sdk.crypto.keypair.CryptoKeyPair;
import org.fisco.bcos.sdk.model.TransactionReceipt;
import org.fisco.bcos.sdk.transaction.manager.AssembleTransactionProcessor;
import org.fisco.bcos.sdk.transaction.manager.TransactionProcessorFactory;
import org.fisco.bcos.sdk.transaction.model.dto.TransactionResponse;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official SDK 2.9.3's {@code PermissionService}, {@code ContractLifeCycleService} and {@code
 * ChainGovernanceService} against a one-node chain: return codes through the SDK's {@code RetCode},
 * and receipts refused for a frozen contract (0x1e), a frozen account (0x1f) and a write without
 * permission (0x19), with a second account as the one refused.
 */
class GovernanceSdkTest {
  /** Deploys a contract whose code stores the first call data word in slot 0. */
  private static final String STORE_BIN = "6007600c60003960076000f3" + "60003560005500";

  private static final String STORE_FIVE =
      "0000000000000000000000000000000000000000000000000000000000000005";

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void sdkGovernsPermissionsContractsAndAccounts(boolean sm, @TempDir Path dir) throws Exception {
    TestChains.withOneNodeSdk(
        dir,
        sm,
        client -> {
          CryptoKeyPair admin = client.getCryptoSuite().getCryptoKeyPair();
          CryptoKeyPair other = client.getCryptoSuite().createKeyPair();
          AssembleTransactionProcessor processor =
              TransactionProcessorFactory.createAssembleTransactionProcessor(client, admin);
          TransactionResponse deployed = processor.deployAndGetResponse("[]", STORE_BIN, List.of());
          assertThat(deployed.getTransactionReceipt().getStatus()).isEqualTo("0x0");
          String contract = deployed.getContractAddress();

          if (sm) {
            // the full scenario runs on ECDSA; on SM each service's selectors once, to stay quick
            smSelectors(client, processor, admin, other, contract);
            return;
          }
          contractLifeCycle(client, processor, admin, other, contract);
          contractWrites(client, processor, admin, other, contract);
          governance(client, processor, admin, other, contract);
        });
  }

  private static String store(
      AssembleTransactionProcessor processor, String contract, CryptoKeyPair from) {
    TransactionReceipt r = processor.sendTransactionAndGetReceipt(contract, STORE_FIVE, from);
    return r.getStatus();
  }

  private static void smSelectors(
      Client client,
      AssembleTransactionProcessor processor,
      CryptoKeyPair admin,
      CryptoKeyPair other,
      String contract)
      throws Exception {
    ContractLifeCycleService lifeCycle = new ContractLifeCycleService(client, admin);
    assertThat(lifeCycle.listManager(contract)).containsExactly(admin.getAddress());
    assertThat(lifeCycle.freeze(contract).getCode()).isEqualTo(1);
    assertThat(store(processor, contract, admin)).isEqualTo("0x1e");

    PermissionService permission = new PermissionService(client, admin);
    assertThat(permission.grantWrite(contract, admin.getAddress()).getCode()).isEqualTo(1);
    assertThat(permission.queryPermission(contract))
        .extracting(PermissionInfo::getAddress)
        .containsExactly(admin.getAddress());

    ChainGovernanceService governance = new ChainGovernanceService(client, admin);
    assertThat(
            new ChainGovernanceService(client, other).grantOperator(other.getAddress()).getCode())
        .isEqualTo(-52002);
    assertThat(governance.grantCommitteeMember(admin.getAddress()).getCode()).isEqualTo(1);
    assertThat(governance.listCommitteeMembers())
        .extracting(PermissionInfo::getAddress)
        .containsExactly(admin.getAddress());
    assertThat(governance.queryThreshold()).isEqualTo(BigInteger.valueOf(50));
  }

  private static void contractLifeCycle(
      Client client,
      AssembleTransactionProcessor processor,
      CryptoKeyPair admin,
      CryptoKeyPair other,
      String contract)
      throws Exception {
    ContractLifeCycleService lifeCycle = new ContractLifeCycleService(client, admin);
    assertThat(lifeCycle.listManager(contract)).containsExactly(admin.getAddress());
    assertThat(new ContractLifeCycleService(client, other).freeze(contract).getCode())
        .isEqualTo(-51905);

    assertThat(lifeCycle.freeze(contract).getCode()).isEqualTo(1);
    assertThat(lifeCycle.getContractStatus(contract))
        .isEqualTo(
            "The contract has been frozen. You can invoke this contract after unfreezing it.");
    assertThat(store(processor, contract, admin)).isEqualTo("0x1e");
    assertThat(lifeCycle.freeze(contract).getCode()).isEqualTo(-51900);

    assertThat(lifeCycle.unfreeze(contract).getCode()).isEqualTo(1);
    assertThat(lifeCycle.getContractStatus(contract)).isEqualTo("The contract is available.");
    assertThat(store(processor, contract, admin)).isEqualTo("0x0");
  }

  private static void contractWrites(
      Client client,
      AssembleTransactionProcessor processor,
      CryptoKeyPair admin,
      CryptoKeyPair other,
      String contract)
      throws Exception {
    PermissionService permission = new PermissionService(client, admin);
    assertThat(
            new PermissionService(client, other).grantWrite(contract, other.getAddress()).getCode())
        .isEqualTo(-50000);
    assertThat(permission.grantWrite(contract, admin.getAddress()).getCode()).isEqualTo(1);
    List<PermissionInfo> writers = permission.queryPermission(contract);
    assertThat(writers).extracting(PermissionInfo::getAddress).containsExactly(admin.getAddress());

    assertThat(store(processor, contract, other)).isEqualTo("0x19");
    assertThat(store(processor, contract, admin)).isEqualTo("0x0");
    assertThat(permission.revokeWrite(contract, admin.getAddress()).getCode()).isEqualTo(1);
    assertThat(store(processor, contract, other)).isEqualTo("0x0");

    assertThat(permission.grantPermission("t_test", other.getAddress()).getCode()).isEqualTo(1);
    assertThat(permission.queryPermissionByTableName("t_test"))
        .extracting(PermissionInfo::getTableName, PermissionInfo::getAddress)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("u_t_test", other.getAddress()));
    assertThat(permission.revokePermission("t_test", other.getAddress()).getCode()).isEqualTo(1);
    assertThat(permission.queryPermissionByTableName("t_test")).isEmpty();
  }

  private static void governance(
      Client client,
      AssembleTransactionProcessor processor,
      CryptoKeyPair admin,
      CryptoKeyPair other,
      String contract)
      throws Exception {
    ChainGovernanceService governance = new ChainGovernanceService(client, admin);
    assertThat(governance.grantCommitteeMember(admin.getAddress()).getCode()).isEqualTo(1);
    assertThat(governance.listCommitteeMembers())
        .extracting(PermissionInfo::getAddress)
        .containsExactly(admin.getAddress());
    assertThat(governance.queryThreshold()).isEqualTo(BigInteger.valueOf(50));
    assertThat(governance.queryCommitteeMemberWeight(admin.getAddress())).isEqualTo(BigInteger.ONE);

    assertThat(
            new ChainGovernanceService(client, other).grantOperator(other.getAddress()).getCode())
        .isEqualTo(-52002);
    assertThat(governance.grantOperator(other.getAddress()).getCode()).isEqualTo(1);
    assertThat(governance.listOperators())
        .extracting(PermissionInfo::getAddress)
        .containsExactly(other.getAddress());
    // only operators deploy now: the committee member is refused with PermissionDenied
    assertThat(
            processor
                .deployAndGetResponse("[]", STORE_BIN, List.of())
                .getTransactionReceipt()
                .getStatus())
        .isEqualTo("0x19");
    assertThat(
            TransactionProcessorFactory.createAssembleTransactionProcessor(client, other)
                .deployAndGetResponse("[]", STORE_BIN, List.of())
                .getTransactionReceipt()
                .getStatus())
        .isEqualTo("0x0");

    // the committee now owns the system config
    assertThat(
            new SystemConfigService(client, other).setValueByKey("tx_count_limit", "5").getCode())
        .isEqualTo(-50000);
    assertThat(
            new SystemConfigService(client, admin).setValueByKey("tx_count_limit", "500").getCode())
        .isEqualTo(1);

    assertThat(governance.freezeAccount(other.getAddress()).getCode()).isEqualTo(1);
    assertThat(governance.getAccountStatus(other.getAddress()))
        .isEqualTo("The account has been frozen. You can use this account after unfreezing it.");
    assertThat(store(processor, contract, other)).isEqualTo("0x1f");
    assertThat(governance.unfreezeAccount(other.getAddress()).getCode()).isEqualTo(1);
    assertThat(store(processor, contract, other)).isEqualTo("0x0");

    assertThat(governance.updateThreshold(BigInteger.valueOf(60)).getCode()).isEqualTo(1);
    assertThat(governance.queryThreshold()).isEqualTo(BigInteger.valueOf(60));
    assertThat(governance.updateThreshold(BigInteger.valueOf(100)).getCode()).isEqualTo(-52003);
  }
}
