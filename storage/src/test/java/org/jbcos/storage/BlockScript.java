package org.jbcos.storage;

import java.util.List;
import java.util.Random;

/**
 * A deterministic block of work for a given seed and number: transfers between accounts (read, then
 * update), log inserts, removals, system-table writes, and transactions rolled back whole or in
 * part, as an executor would do them.
 */
final class BlockScript {
  static final String ACCOUNTS = "u_acc";
  static final String LOG = "u_log";
  static final int ACCOUNT_COUNT = 64;

  private BlockScript() {}

  static List<TableInfo> tables() {
    return List.of(
        TableInfo.of(ACCOUNTS, "id", List.of("balance", "note")),
        TableInfo.of(LOG, "k", List.of("v")),
        SystemTables.info(SystemTables.TABLES).orElseThrow(),
        SystemTables.info(SystemTables.CURRENT_STATE).orElseThrow(),
        SystemTables.info(SystemTables.NUMBER_2_HASH).orElseThrow());
  }

  static void run(TableFactory f, long seed, long number) {
    if (number == 0) {
      f.createTable(ACCOUNTS, "id", List.of("balance", "note"));
      f.createTable(LOG, "k", List.of("v"));
      Table acc = f.openTable(ACCOUNTS).orElseThrow();
      for (int i = 0; i < ACCOUNT_COUNT; i++) {
        acc.insert("a" + i, Entry.of("balance", "1000", "note", ""));
      }
    }
    Random rnd = new Random(seed * 1_000_003L + number);
    Table acc = f.openTable(ACCOUNTS).orElseThrow();
    Table log = f.openTable(LOG).orElseThrow();
    int txs = 5 + rnd.nextInt(40);
    for (int tx = 0; tx < txs; tx++) {
      int sp = f.savepoint();
      String from = "a" + rnd.nextInt(ACCOUNT_COUNT);
      String to = "a" + rnd.nextInt(ACCOUNT_COUNT);
      long amount = rnd.nextInt(50);
      long fromBalance = balance(acc, from);
      acc.update(from, Entry.of("balance", Long.toString(fromBalance - amount)), Condition.all());
      int call = f.savepoint();
      long toBalance = balance(acc, to);
      acc.update(to, Entry.of("balance", Long.toString(toBalance + amount)), Condition.all());
      log.insert("t" + (rnd.nextInt(200)), Entry.of("v", number + "/" + tx));
      if (rnd.nextInt(6) == 0) {
        f.rollback(call); // the nested call reverts
      }
      if (rnd.nextInt(9) == 0) {
        log.remove("t" + rnd.nextInt(200), Condition.all().limit(1));
      }
      if (rnd.nextInt(10) == 0) {
        f.rollback(sp); // the whole transaction reverts
      }
    }
    f.openTable(SystemTables.CURRENT_STATE)
        .orElseThrow()
        .update(
            SystemTables.KEY_CURRENT_NUMBER,
            Entry.of("value", Long.toString(number)),
            Condition.all());
    if (number == 0) {
      f.openTable(SystemTables.CURRENT_STATE)
          .orElseThrow()
          .insert(SystemTables.KEY_CURRENT_NUMBER, Entry.of("value", "0"));
    }
    f.openTable(SystemTables.NUMBER_2_HASH)
        .orElseThrow()
        .insert(Long.toString(number), Entry.of("value", "h" + number));
  }

  private static long balance(Table acc, String id) {
    List<Entry> rows = acc.select(id);
    return rows.isEmpty() ? 0 : Long.parseLong(rows.get(0).getOrEmpty("balance"));
  }
}
