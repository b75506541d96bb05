package org.jbcos.storage;

import java.util.List;

/** One entry of a block's change log: what a write did, and how to undo it. */
sealed interface Change {
  /** Reverts the write; called under {@link #lock()}, newest change first. */
  void undo();

  MemoryTable table();

  /** The lock of the key the write touched (writes touch the rows of one key). */
  Object lock();

  record Insert(MemoryTable table, Object lock, MutableRow row) implements Change {
    @Override
    public void undo() {
      row.discarded = true;
    }
  }

  /** Old values of the fields an update set, in the order it set them. */
  record Update(MemoryTable table, Object lock, List<FieldValue> oldValues) implements Change {
    @Override
    public void undo() {
      for (int i = oldValues.size() - 1; i >= 0; i--) {
        FieldValue f = oldValues.get(i);
        f.row().set(f.field(), f.value());
      }
    }
  }

  record Remove(MemoryTable table, Object lock, List<MutableRow> rows) implements Change {
    @Override
    public void undo() {
      for (MutableRow r : rows) {
        r.removed = false;
      }
    }
  }

  record FieldValue(MutableRow row, String field, byte[] value) {}
}
