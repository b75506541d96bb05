package org.jbcos.storage;

import java.util.List;

/**
 * One table as seen during a block: reads see the block's own writes. A key maps to any number of
 * rows. Invalid input (unknown field, oversize key or value) throws {@link TableException} and
 * changes nothing.
 */
public interface Table {
  TableInfo info();

  /** The live rows of {@code key} that satisfy {@code condition}, stored rows first (by id). */
  List<Entry> select(String key, Condition condition);

  default List<Entry> select(String key) {
    return select(key, Condition.all());
  }

  /**
   * Appends a row under {@code key}. Value fields the entry leaves out are stored empty.
   *
   * @return 1
   */
  int insert(String key, Entry entry);

  /**
   * Sets the entry's fields on every live row of {@code key} that satisfies {@code condition}. The
   * key field cannot be updated.
   *
   * @return the number of rows changed
   */
  int update(String key, Entry entry, Condition condition);

  /**
   * Marks every live row of {@code key} that satisfies {@code condition} as removed.
   *
   * @return the number of rows removed
   */
  int remove(String key, Condition condition);
}
