package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Hex;
import org.jbcos.evm.Address;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;

/**
 * 0x1007: contract freezing and managers, as FISCO 2.9's ContractLifeCyclePrecompiled, on the
 * {@code frozen} and {@code authority} rows of the contract's table ({@link AccountRows}).
 *
 * <ul>
 *   <li>The managers of a contract are its deployer (the origin of the deploying transaction) and,
 *       for a contract created by a contract, the creator's managers; a committee member counts as
 *       a manager of every contract.
 *   <li>{@code freeze}, {@code unfreeze}, {@code grantManager} and {@code revokeManager} check in
 *       order: the address has a table (else -51904), has code (else -51903), the origin is a
 *       manager (else -51905), then the function's own state check.
 *   <li>A frozen contract refuses every call (receipt status ContractFrozen, see {@code Evm.call}).
 * </ul>
 */
public final class ContractLifeCyclePrecompiled extends SystemContract {
  private static final Map<AccountRows.Status, String> STATUS_TEXT =
      Map.of(
          AccountRows.Status.AVAILABLE, "The contract is available.",
          AccountRows.Status.FROZEN,
              "The contract has been frozen. You can invoke this contract after unfreezing it.",
          AccountRows.Status.NONEXISTENT, "The address is nonexistent.",
          AccountRows.Status.WRONG_KIND, "This is not a contract address.");

  public ContractLifeCyclePrecompiled(HashFunction hash, GasMetrics metrics) {
    super(
        "contractLifeCycle",
        List.of(
            SystemFunction.writing(
                "freeze(address) returns (int256)", hash, c -> setFrozen(c, true)),
            SystemFunction.writing(
                "unfreeze(address) returns (int256)", hash, c -> setFrozen(c, false)),
            SystemFunction.writing(
                "grantManager(address,address) returns (int256)",
                hash,
                ContractLifeCyclePrecompiled::grantManager),
            SystemFunction.writing(
                "revokeManager(address,address) returns (int256)",
                hash,
                ContractLifeCyclePrecompiled::revokeManager),
            SystemFunction.reading(
                "getStatus(address) returns (int256,string)",
                hash,
                ContractLifeCyclePrecompiled::getStatus),
            SystemFunction.reading(
                "listManager(address) returns (int256,address[])",
                hash,
                ContractLifeCyclePrecompiled::listManager)),
        metrics);
  }

  private static byte[] setFrozen(SystemCall call, boolean frozen) {
    Address contract = call.address(0);
    AccountRows.Status status = AccountRows.contractStatus(call.tables(), contract);
    int refused = refusal(call, contract, status);
    if (refused != 0) {
      return ReturnCodes.encode(refused);
    }
    if (frozen && status == AccountRows.Status.FROZEN) {
      return ReturnCodes.encode(ReturnCodes.CONTRACT_FROZEN);
    }
    if (!frozen && status == AccountRows.Status.AVAILABLE) {
      return ReturnCodes.encode(ReturnCodes.CONTRACT_AVAILABLE);
    }
    return ReturnCodes.encode(AccountRows.setFrozen(table(call, contract), frozen));
  }

  private static byte[] grantManager(SystemCall call) {
    Address contract = call.address(0);
    Address user = call.address(1);
    int refused = refusal(call, contract, AccountRows.contractStatus(call.tables(), contract));
    if (refused != 0) {
      return ReturnCodes.encode(refused);
    }
    Table table = table(call, contract);
    if (AccountRows.isAuthority(table, user)) {
      return ReturnCodes.encode(ReturnCodes.CONTRACT_REPEAT_AUTHORIZATION);
    }
    return ReturnCodes.encode(AccountRows.addAuthority(table, user));
  }

  private static byte[] revokeManager(SystemCall call) {
    Address contract = call.address(0);
    Address user = call.address(1);
    int refused = refusal(call, contract, AccountRows.contractStatus(call.tables(), contract));
    if (refused != 0) {
      return ReturnCodes.encode(refused);
    }
    Table table = table(call, contract);
    if (AccountRows.authorities(table).size() == 1) {
      return ReturnCodes.encode(ReturnCodes.REVOKE_LAST_AUTHORIZATION);
    }
    if (!AccountRows.isAuthority(table, user)) {
      return ReturnCodes.encode(ReturnCodes.NON_EXIST_AUTHORIZATION);
    }
    return ReturnCodes.encode(AccountRows.removeAuthority(table, user));
  }

  private static byte[] getStatus(SystemCall call) {
    AccountRows.Status status = AccountRows.contractStatus(call.tables(), call.address(0));
    return AbiOutput.of("int256,string", BigInteger.ZERO, STATUS_TEXT.get(status));
  }

  private static byte[] listManager(SystemCall call) {
    Address contract = call.address(0);
    int code =
        switch (AccountRows.contractStatus(call.tables(), contract)) {
          case NONEXISTENT -> ReturnCodes.CONTRACT_TABLE_NOT_EXIST;
          case WRONG_KIND -> ReturnCodes.INVALID_CONTRACT_ADDRESS;
          default -> 0;
        };
    List<org.jbcos.codec.abi.Address> managers =
        code != 0
            ? List.of()
            : AccountRows.authorities(table(call, contract)).stream()
                .map(hex -> new org.jbcos.codec.abi.Address(Hex.decode(hex)))
                .toList();
    return AbiOutput.of("int256,address[]", BigInteger.valueOf(code), managers);
  }

  /** The existence, kind and permission checks every changing function starts with; 0 if none. */
  private static int refusal(SystemCall call, Address contract, AccountRows.Status status) {
    return switch (status) {
      case NONEXISTENT -> ReturnCodes.CONTRACT_TABLE_NOT_EXIST;
      case WRONG_KIND -> ReturnCodes.INVALID_CONTRACT_ADDRESS;
      default -> isManager(call, contract) ? 0 : ReturnCodes.CONTRACT_NO_AUTHORIZED;
    };
  }

  private static boolean isManager(SystemCall call, Address contract) {
    return AccountRows.isAuthority(table(call, contract), call.origin())
        || !TableAccess.rowsOf(
                call.tables(), SystemTables.TABLE_ACCESS, AccountRows.hexPrefixed(call.origin()))
            .isEmpty();
  }

  private static Table table(SystemCall call, Address contract) {
    return AccountRows.table(call.tables(), contract).orElseThrow();
  }
}
