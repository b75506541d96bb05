package org.jbcos.storage.rocksdb;

import java.nio.file.Path;

/**
 * Where and how a group's RocksDB lives.
 *
 * @param path the database directory, {@code data/group<N>/block/RocksDB} in a node
 * @param syncWrites fsync the WAL at every block commit. With {@code false} a killed process loses
 *     nothing (the WAL is in the OS page cache) but a power cut may lose the last blocks, which
 *     peers then resend; with {@code true} every committed block survives a power cut too.
 */
public record RocksDbConfig(Path path, boolean syncWrites) {
  /**
   * The 2.x layout, {@code <dataDir>/group<N>/block/RocksDB}, without an fsync per block (as 2.x):
   * consensus keeps its own durable record of what it committed, and a node that lost its last
   * blocks to a power cut fetches them again from its peers.
   */
  public static RocksDbConfig forGroup(Path dataDir, int groupId) {
    return new RocksDbConfig(
        dataDir.resolve("group" + groupId).resolve("block").resolve("RocksDB"), false);
  }
}
