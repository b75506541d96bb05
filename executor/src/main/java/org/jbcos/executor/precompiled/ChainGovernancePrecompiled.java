package org.jbcos.executor.precompiled;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbcos.crypto.HashFunction;
import org.jbcos.evm.Address;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;

/**
 * 0x1008: FISCO 2.9's ChainGovernancePrecompiled: committee members, weights and threshold by vote
 * ({@link Committee}), operators, and frozen external accounts.
 *
 * <ul>
 *   <li>While the committee is empty anyone may grant the first member; after that, members vote.
 *   <li>Operators hold write access to {@code _sys_tables_} (deploy contracts, create tables) and
 *       {@code _sys_cns_}; only members grant or revoke them, and no account is both.
 *   <li>A member may freeze any external account that is not a member; a frozen account's
 *       transactions are refused with receipt status AccountFrozen (see {@code Evm}).
 *   <li>Lists and vote queries return jsoncpp-style JSON text.
 * </ul>
 */
public final class ChainGovernancePrecompiled extends SystemContract {
  private static final Map<AccountRows.Status, String> ACCOUNT_STATUS_TEXT =
      Map.of(
          AccountRows.Status.AVAILABLE, "The account is available.",
          AccountRows.Status.FROZEN,
              "The account has been frozen. You can use this account after unfreezing it.",
          AccountRows.Status.NONEXISTENT, "The address is nonexistent.",
          AccountRows.Status.WRONG_KIND, "This is not a account address.");

  public ChainGovernancePrecompiled(HashFunction hash, GasMetrics metrics) {
    super(
        "chainGovernance",
        List.of(
            SystemFunction.writing(
                "grantCommitteeMember(address) returns (int256)",
                hash,
                ChainGovernancePrecompiled::grantCommitteeMember),
            SystemFunction.writing(
                "revokeCommitteeMember(address) returns (int256)",
                hash,
                ChainGovernancePrecompiled::revokeCommitteeMember),
            SystemFunction.reading(
                "listCommitteeMembers() returns (string)",
                hash,
                ChainGovernancePrecompiled::listCommitteeMembers),
            SystemFunction.reading(
                "queryCommitteeMemberWeight(address) returns (bool,int256)",
                hash,
                ChainGovernancePrecompiled::queryCommitteeMemberWeight),
            SystemFunction.writing(
                "updateCommitteeMemberWeight(address,int256) returns (int256)",
                hash,
                ChainGovernancePrecompiled::updateCommitteeMemberWeight),
            SystemFunction.reading(
                "queryVotesOfMember(address) returns (string)",
                hash,
                ChainGovernancePrecompiled::queryVotesOfMember),
            SystemFunction.reading(
                "queryVotesOfThreshold() returns (string)",
                hash,
                ChainGovernancePrecompiled::queryVotesOfThreshold),
            SystemFunction.writing(
                "updateThreshold(int256) returns (int256)",
                hash,
                ChainGovernancePrecompiled::updateThreshold),
            SystemFunction.reading(
                "queryThreshold() returns (int256)",
                hash,
                ChainGovernancePrecompiled::queryThreshold),
            SystemFunction.writing(
                "grantOperator(address) returns (int256)",
                hash,
                ChainGovernancePrecompiled::grantOperator),
            SystemFunction.writing(
                "revokeOperator(address) returns (int256)",
                hash,
                ChainGovernancePrecompiled::revokeOperator),
            SystemFunction.reading(
                "listOperators() returns (string)",
                hash,
                ChainGovernancePrecompiled::listOperators),
            SystemFunction.writing(
                "freezeAccount(address) returns (int256)", hash, c -> setAccountFrozen(c, true)),
            SystemFunction.writing(
                "unfreezeAccount(address) returns (int256)", hash, c -> setAccountFrozen(c, false)),
            SystemFunction.reading(
                "getAccountStatus(address) returns (string)",
                hash,
                ChainGovernancePrecompiled::getAccountStatus)),
        metrics);
  }

  private static byte[] grantCommitteeMember(SystemCall call) {
    String member = AccountRows.hexPrefixed(call.address(0));
    Committee committee = new Committee(call);
    if (hasOperatorRows(call, member)) {
      return ReturnCodes.encode(ReturnCodes.OPERATOR_CANNOT_BE_COMMITTEE_MEMBER);
    }
    if (committee.memberRows().isEmpty()) {
      return ReturnCodes.encode(committee.grantFirstMember(member));
    }
    if (committee.isMember(member)) {
      return ReturnCodes.encode(ReturnCodes.COMMITTEE_MEMBER_EXIST);
    }
    return ReturnCodes.encode(
        committee.vote(Committee.Proposal.GRANT_MEMBER, member, Committee.GRANT));
  }

  private static byte[] revokeCommitteeMember(SystemCall call) {
    String member = AccountRows.hexPrefixed(call.address(0));
    Committee committee = new Committee(call);
    if (!committee.isMember(member)) {
      return ReturnCodes.encode(ReturnCodes.COMMITTEE_MEMBER_NOT_EXIST);
    }
    return ReturnCodes.encode(
        committee.vote(Committee.Proposal.REVOKE_MEMBER, member, Committee.REVOKE));
  }

  private static byte[] updateCommitteeMemberWeight(SystemCall call) {
    String member = AccountRows.hexPrefixed(call.address(0));
    BigInteger weight = call.integer(1);
    if (weight.signum() <= 0) {
      throw new SystemCallRefused(
          "updateCommitteeMemberWeight failed for invalid weight \""
              + weight
              + "\", the weight must be greater than 0");
    }
    Committee committee = new Committee(call);
    if (!committee.isMember(member)) {
      return ReturnCodes.encode(ReturnCodes.COMMITTEE_MEMBER_NOT_EXIST);
    }
    String value = weight.toString();
    if (committee.weightOf(member).filter(value::equals).isPresent()) {
      return ReturnCodes.encode(ReturnCodes.CURRENT_VALUE_IS_EXPECTED_VALUE);
    }
    return ReturnCodes.encode(committee.vote(Committee.Proposal.UPDATE_WEIGHT, member, value));
  }

  private static byte[] updateThreshold(SystemCall call) {
    BigInteger percent = call.integer(0);
    if (percent.signum() < 0 || percent.compareTo(BigInteger.valueOf(99)) > 0) {
      return ReturnCodes.encode(ReturnCodes.INVALID_THRESHOLD);
    }
    Committee committee = new Committee(call);
    String threshold = Committee.fraction(percent.intValue() / 100.0);
    if (committee.threshold().equals(threshold)) {
      return ReturnCodes.encode(ReturnCodes.CURRENT_VALUE_IS_EXPECTED_VALUE);
    }
    return ReturnCodes.encode(
        committee.vote(
            Committee.Proposal.UPDATE_THRESHOLD, Committee.UPDATE_AUTH_THRESHOLD, threshold));
  }

  /** The threshold in percent; truncated like FISCO's {@code s256(double * 100)}. */
  private static byte[] queryThreshold(SystemCall call) {
    double percent = Double.parseDouble(new Committee(call).threshold()) * 100;
    return AbiOutput.of("int256", BigInteger.valueOf((long) percent));
  }

  private static byte[] queryCommitteeMemberWeight(SystemCall call) {
    String member = AccountRows.hexPrefixed(call.address(0));
    return new Committee(call)
        .weightOf(member)
        .map(
            w ->
                AbiOutput.of("bool,int256", true, BigInteger.valueOf((long) Double.parseDouble(w))))
        .orElseGet(
            () ->
                AbiOutput.of(
                    "bool,int256",
                    false,
                    BigInteger.valueOf(ReturnCodes.COMMITTEE_MEMBER_NOT_EXIST)));
  }

  private static byte[] listCommitteeMembers(SystemCall call) {
    return AbiOutput.string(JsonText.of(addressRows(new Committee(call).memberRows())));
  }

  private static byte[] queryVotesOfMember(SystemCall call) {
    String member = AccountRows.hexPrefixed(call.address(0));
    Map<String, Object> votes = new LinkedHashMap<>();
    Table table = new Committee(call).votes();
    for (Entry v : table.select(member)) {
      append(votes, v.getOrEmpty(Committee.VALUE), vote(v));
    }
    for (Entry v : table.select(member + Committee.UPDATE_WEIGHT_SUFFIX)) {
      Map<String, Object> withTarget = new LinkedHashMap<>(vote(v));
      withTarget.put("target", v.getOrEmpty(Committee.VALUE));
      append(votes, "update_weight", withTarget);
    }
    return AbiOutput.string(votesJson(votes));
  }

  private static byte[] queryVotesOfThreshold(SystemCall call) {
    Map<String, Object> votes = new LinkedHashMap<>();
    for (Entry v : new Committee(call).votes().select(Committee.UPDATE_AUTH_THRESHOLD)) {
      append(votes, v.getOrEmpty(Committee.VALUE), vote(v));
    }
    return AbiOutput.string(votesJson(votes));
  }

  private static byte[] grantOperator(SystemCall call) {
    String user = AccountRows.hexPrefixed(call.address(0));
    Committee committee = new Committee(call);
    if (!committee.originIsMember()) {
      return ReturnCodes.encode(ReturnCodes.INVALID_REQUEST_PERMISSION_DENIED);
    }
    if (committee.isMember(user)) {
      return ReturnCodes.encode(ReturnCodes.COMMITTEE_MEMBER_CANNOT_BE_OPERATOR);
    }
    if (isOperator(call, user)) {
      return ReturnCodes.encode(ReturnCodes.OPERATOR_EXIST);
    }
    int result = ReturnCodes.NO_AUTHORIZED;
    for (String table : List.of(SystemTables.TABLES, SystemTables.CNS)) {
      result = committee.grantTable(table, user);
      if (result == ReturnCodes.NO_AUTHORIZED) {
        throw new SystemCallRefused(
            "Permission denied. "
                + call.origin().toHex()
                + " can't grantOperator operator "
                + user);
      }
    }
    return ReturnCodes.encode(result);
  }

  private static byte[] revokeOperator(SystemCall call) {
    String user = AccountRows.hexPrefixed(call.address(0));
    Committee committee = new Committee(call);
    if (!committee.originIsMember()) {
      return ReturnCodes.encode(ReturnCodes.INVALID_REQUEST_PERMISSION_DENIED);
    }
    if (TableAccess.rowsOf(call.tables(), SystemTables.TABLES, user).isEmpty()) {
      return ReturnCodes.encode(ReturnCodes.OPERATOR_NOT_EXIST);
    }
    int result = committee.revokeTable(SystemTables.TABLES, user);
    committee.revokeTable(SystemTables.CNS, user);
    return ReturnCodes.encode(result);
  }

  private static byte[] listOperators(SystemCall call) {
    List<Entry> operators =
        TableAccess.rows(call.tables(), SystemTables.TABLES).stream()
            .filter(row -> isOperator(call, row.getOrEmpty(TableAccess.ADDRESS)))
            .toList();
    return AbiOutput.string(JsonText.of(addressRows(operators)));
  }

  private static byte[] setAccountFrozen(SystemCall call, boolean frozen) {
    Address account = call.address(0);
    AccountRows.Status status = AccountRows.externalAccountStatus(call.tables(), account);
    Committee committee = new Committee(call);
    int code;
    if (status == AccountRows.Status.NONEXISTENT) {
      code = ReturnCodes.ACCOUNT_NOT_EXIST;
    } else if (status == AccountRows.Status.WRONG_KIND) {
      code = ReturnCodes.INVALID_ACCOUNT_ADDRESS;
    } else if (!committee.originIsMember()
        || (frozen && committee.isMember(AccountRows.hexPrefixed(account)))) {
      code = ReturnCodes.NO_AUTHORIZED;
    } else if (frozen && status == AccountRows.Status.FROZEN) {
      code = ReturnCodes.ACCOUNT_FROZEN;
    } else if (!frozen && status == AccountRows.Status.AVAILABLE) {
      code = ReturnCodes.ACCOUNT_ALREADY_AVAILABLE;
    } else {
      Table table = AccountRows.table(call.tables(), account).orElseThrow();
      code = AccountRows.setFrozen(table, frozen);
    }
    return ReturnCodes.encode(code);
  }

  private static byte[] getAccountStatus(SystemCall call) {
    AccountRows.Status status = AccountRows.externalAccountStatus(call.tables(), call.address(0));
    return AbiOutput.string(ACCOUNT_STATUS_TEXT.get(status));
  }

  /** An operator holds both deploy ({@code _sys_tables_}) and CNS permissions. */
  private static boolean isOperator(SystemCall call, String address) {
    return !TableAccess.rowsOf(call.tables(), SystemTables.TABLES, address).isEmpty()
        && !TableAccess.rowsOf(call.tables(), SystemTables.CNS, address).isEmpty();
  }

  private static boolean hasOperatorRows(SystemCall call, String address) {
    return !TableAccess.rowsOf(call.tables(), SystemTables.TABLES, address).isEmpty()
        || !TableAccess.rowsOf(call.tables(), SystemTables.CNS, address).isEmpty();
  }

  private static List<Map<String, String>> addressRows(List<Entry> rows) {
    return rows.stream()
        .map(
            row ->
                Map.of(
                    TableAccess.ADDRESS,
                    row.getOrEmpty(TableAccess.ADDRESS),
                    TableAccess.ENABLE_NUM,
                    row.getOrEmpty(TableAccess.ENABLE_NUM)))
        .toList();
  }

  private static Map<String, Object> vote(Entry v) {
    return Map.of(
        "voter",
        v.getOrEmpty(Committee.ORIGIN),
        Committee.BLOCK_LIMIT,
        v.getOrEmpty(Committee.BLOCK_LIMIT));
  }

  @SuppressWarnings("unchecked")
  private static void append(Map<String, Object> votes, String key, Map<String, Object> vote) {
    ((List<Object>) votes.computeIfAbsent(key, k -> new ArrayList<>())).add(vote);
  }

  /** jsoncpp writes an object that was never filled as {@code null}. */
  private static String votesJson(Map<String, Object> votes) {
    return votes.isEmpty() ? "null\n" : JsonText.of(votes);
  }
}
