package org.jbcos.sync;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/** The last {@code capacity} hashes seen, oldest forgotten first. Not thread-safe. */
final class RecentHashes {
  private final Map<ByteBuffer, Boolean> seen;

  RecentHashes(int capacity) {
    this.seen =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Records {@code hash}; true if it was not seen recently. */
  boolean add(byte[] hash) {
    return seen.put(ByteBuffer.wrap(hash.clone()), Boolean.TRUE) == null;
  }
}
