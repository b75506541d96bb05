package org.jbcos.executor.precompiled;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jbcos.storage.Condition;
import org.jbcos.storage.Entry;
import org.jbcos.storage.SystemTables;
import org.jbcos.storage.Table;

/**
 * The governance committee of FISCO 2.5+ (ChainGovernancePrecompiled):
 *
 * <ul>
 *   <li>members are the whitelist of {@code _sys_table_access_} itself, written {@code "0x"} and
 *       lower case; a member also gets write access to {@code _sys_config_} and {@code
 *       _sys_consensus_};
 *   <li>weights, the threshold and pending votes live in {@code _sys_committee_votes_} (created on
 *       first use, as in 2.9): {@code <member>_weight}, {@code auth_threshold} (a fraction printed
 *       as C's {@code %f}, initially 0.500000), and one row per vote under the voted key with the
 *       voter in {@code origin} and its expiry in {@code block_limit};
 *   <li>a change passes when the weight of the members in force that voted for it, over the total
 *       weight of the members in force, exceeds the threshold; votes last {@link
 *       #VOTE_VALID_BLOCKS} blocks.
 * </ul>
 */
final class Committee {
  static final String VOTES_TABLE = "_sys_committee_votes_";
  static final String VALUE = "value";
  static final String ORIGIN = "origin";
  static final String BLOCK_LIMIT = "block_limit";
  static final String WEIGHT_SUFFIX = "_weight";
  static final String UPDATE_WEIGHT_SUFFIX = "_update_weight";
  static final String AUTH_THRESHOLD = "auth_threshold";
  static final String UPDATE_AUTH_THRESHOLD = "update_auth_threshold";
  static final String GRANT = "grant";
  static final String REVOKE = "revoke";

  /** FISCO's {@code c_voteValidLimit}: ten times the 1000-block tx window. */
  static final long VOTE_VALID_BLOCKS = 10_000;

  static final String DEFAULT_THRESHOLD = fraction(0.5);

  /** The four decisions the committee votes on. */
  enum Proposal {
    GRANT_MEMBER,
    REVOKE_MEMBER,
    UPDATE_WEIGHT,
    UPDATE_THRESHOLD
  }

  private final SystemCall call;

  Committee(SystemCall call) {
    this.call = call;
  }

  /** A fraction as C++ {@code std::to_string(double)} prints it: six decimals. */
  static String fraction(double value) {
    return String.format(Locale.ROOT, "%f", value);
  }

  List<Entry> memberRows() {
    return TableAccess.rows(call.tables(), SystemTables.TABLE_ACCESS);
  }

  boolean isMember(String address) {
    return !TableAccess.rowsOf(call.tables(), SystemTables.TABLE_ACCESS, address).isEmpty();
  }

  boolean originIsMember() {
    return isMember(AccountRows.hexPrefixed(call.origin()));
  }

  /**
   * The votes table, created with the default threshold if missing. As in 2.9, every function that
   * reads it creates it, queries included (a {@code call} RPC rolls that back).
   */
  Table votes() {
    Optional<Table> existing = call.tables().openTable(VOTES_TABLE);
    if (existing.isPresent()) {
      return existing.get();
    }
    Table created =
        call.tables().createTable(VOTES_TABLE, "key", List.of(VALUE, ORIGIN, BLOCK_LIMIT));
    created.insert(AUTH_THRESHOLD, Entry.of(VALUE, DEFAULT_THRESHOLD));
    return created;
  }

  String threshold() {
    return votes().select(AUTH_THRESHOLD).stream()
        .findFirst()
        .map(row -> row.getOrEmpty(VALUE))
        .orElse(DEFAULT_THRESHOLD);
  }

  Optional<String> weightOf(String member) {
    return votes().select(member + WEIGHT_SUFFIX).stream()
        .findFirst()
        .map(row -> row.getOrEmpty(VALUE));
  }

  /**
   * Makes {@code member} the first member (no vote needed while the committee is empty); returns
   * the result of the {@code _sys_table_access_} write.
   */
  int grantFirstMember(String member) {
    int result = grantTable(SystemTables.TABLE_ACCESS, member);
    grantTable(SystemTables.CONFIG, member);
    grantTable(SystemTables.CONSENSUS, member);
    writeInitialWeight(member);
    return result;
  }

  /**
   * Records the origin's vote for {@code proposal} and applies it once it passes; returns the rows
   * the change wrote, 0 while votes are still missing, or {@link
   * ReturnCodes#INVALID_REQUEST_PERMISSION_DENIED} if the origin is not a member.
   */
  int vote(Proposal proposal, String target, String value) {
    String voter = AccountRows.hexPrefixed(call.origin());
    if (!isMember(voter)) {
      return ReturnCodes.INVALID_REQUEST_PERMISSION_DENIED;
    }
    Table votes = votes();
    String key =
        switch (proposal) {
          case GRANT_MEMBER, REVOKE_MEMBER -> target;
          case UPDATE_WEIGHT -> target + UPDATE_WEIGHT_SUFFIX;
          case UPDATE_THRESHOLD -> UPDATE_AUTH_THRESHOLD;
        };
    record(votes, key, value, voter);
    if (!passes(votes, key, value)) {
      return 0;
    }
    int written =
        switch (proposal) {
          case GRANT_MEMBER -> addMember(votes, target, voter);
          case REVOKE_MEMBER -> removeMember(votes, target);
          case UPDATE_WEIGHT ->
              votes.update(
                  target + WEIGHT_SUFFIX, Entry.of(VALUE, value, ORIGIN, voter), Condition.all());
          case UPDATE_THRESHOLD ->
              votes.update(AUTH_THRESHOLD, Entry.of(VALUE, value, ORIGIN, voter), Condition.all());
        };
    votes.remove(key, Condition.all().eq(VALUE, value));
    return written;
  }

  private void record(Table votes, String key, String value, String voter) {
    Entry vote =
        Entry.of(
            VALUE,
            value,
            ORIGIN,
            voter,
            BLOCK_LIMIT,
            Long.toString(call.blockNumber() + VOTE_VALID_BLOCKS));
    Condition byVoter = Condition.all().eq(ORIGIN, voter);
    if (votes.update(key, vote, byVoter) == 0) {
      votes.insert(key, vote);
    }
    votes.remove(key, Condition.all().le(BLOCK_LIMIT, call.blockNumber()));
  }

  /** Whether the live votes for {@code value} under {@code key} carry more than the threshold. */
  private boolean passes(Table votes, String key, String value) {
    long decidingBlock = call.blockNumber() + 1;
    List<Entry> members =
        TableAccess.table(call.tables())
            .select(
                SystemTables.TABLE_ACCESS,
                Condition.all().le(TableAccess.ENABLE_NUM, decidingBlock));
    if (members.isEmpty()) {
      return true;
    }
    double total = 0;
    Map<String, Double> weights = new HashMap<>();
    for (Entry m : members) {
      String member = m.getOrEmpty(TableAccess.ADDRESS);
      double weight = weightOf(member).map(Double::parseDouble).orElse(0.0);
      weights.put(member, weight);
      total += weight;
    }
    double inFavour = 0;
    List<Entry> live =
        votes.select(key, Condition.all().eq(VALUE, value).ge(BLOCK_LIMIT, decidingBlock));
    for (Entry v : live) {
      inFavour += weights.getOrDefault(v.getOrEmpty(ORIGIN), 0.0);
    }
    return inFavour / total > Double.parseDouble(threshold());
  }

  private int addMember(Table votes, String member, String voter) {
    int count =
        TableAccess.table(call.tables())
            .insert(
                SystemTables.TABLE_ACCESS,
                Entry.of(
                    SystemTables.TABLE_NAME_FIELD,
                    SystemTables.TABLE_ACCESS,
                    TableAccess.ADDRESS,
                    member,
                    TableAccess.ENABLE_NUM,
                    Long.toString(call.blockNumber() + 1)));
    grantTable(SystemTables.CONFIG, member);
    grantTable(SystemTables.CONSENSUS, member);
    votes.insert(member + WEIGHT_SUFFIX, Entry.of(VALUE, "1", ORIGIN, voter));
    return count;
  }

  private int removeMember(Table votes, String member) {
    int count = TableAccess.revoke(call.tables(), SystemTables.TABLE_ACCESS, member);
    revokeTable(SystemTables.CONFIG, member);
    revokeTable(SystemTables.CONSENSUS, member);
    votes.remove(member + WEIGHT_SUFFIX, Condition.all());
    return count;
  }

  private void writeInitialWeight(String member) {
    votes()
        .insert(
            member + WEIGHT_SUFFIX,
            Entry.of(VALUE, "1", ORIGIN, AccountRows.hexPrefixed(call.origin())));
  }

  /**
   * Adds {@code address} to {@code tableName}'s whitelist as the origin: 1 if it is there already,
   * {@link ReturnCodes#NO_AUTHORIZED} if the origin may not write {@code _sys_table_access_}.
   */
  int grantTable(String tableName, String address) {
    if (!TableAccess.rowsOf(call.tables(), tableName, address).isEmpty()) {
      return 1;
    }
    if (!call.mayWrite(SystemTables.TABLE_ACCESS)) {
      return ReturnCodes.NO_AUTHORIZED;
    }
    return TableAccess.grant(call.tables(), tableName, address, call.blockNumber());
  }

  /** Removes {@code address} from {@code tableName}'s whitelist as the origin; rows removed. */
  int revokeTable(String tableName, String address) {
    if (!call.mayWrite(SystemTables.TABLE_ACCESS)) {
      return ReturnCodes.NO_AUTHORIZED;
    }
    return TableAccess.revoke(call.tables(), tableName, address);
  }
}
