package org.jbcos.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jbcos.storage.rocksdb.RocksDbConfig;
import org.jbcos.storage.rocksdb.RocksDbTableStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksDbTableStorageTest extends TableStorageContractTest {
  @TempDir Path dir;

  @Override
  protected TableStorage create() {
    return RocksDbTableStorage.open(new RocksDbConfig(dir.resolve("db"), false));
  }

  @Override
  protected TableStorage reopen(TableStorage current) {
    current.close();
    return RocksDbTableStorage.open(new RocksDbConfig(dir.resolve("db"), false));
  }

  @Test
  void tablesWhoseNamesPrefixEachOtherDoNotCollide() {
    block(
        0,
        f -> {
          f.createTable("u_a", "k", List.of("v"));
          f.createTable("u_a_b", "k", List.of("v"));
        });
    block(
        1,
        f -> {
          table(f, "u_a").insert("b_c", Entry.of("v", "from u_a"));
          table(f, "u_a_b").insert("c", Entry.of("v", "from u_a_b"));
        });
    TableInfo a = TableInfo.of("u_a", "k", List.of("v"));
    TableInfo ab = TableInfo.of("u_a_b", "k", List.of("v"));
    assertThat(storage.select(a, "b_c")).hasSize(1);
    assertThat(storage.select(ab, "c")).hasSize(1);
    assertThat(storage.scan(a)).hasSize(1);
    assertThat(storage.scan(ab)).hasSize(1);
  }

  @Test
  void aSecondOpenOfTheSameDirectoryFailsClearly() {
    assertThatThrownBy(() -> RocksDbTableStorage.open(new RocksDbConfig(dir.resolve("db"), false)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("cannot open RocksDB");
  }

  @Test
  void theGroupLayoutIsThatOf2x() {
    assertThat(RocksDbConfig.forGroup(Path.of("data"), 1).path())
        .isEqualTo(Path.of("data/group1/block/RocksDB"));
  }

  @Test
  void syncedWritesWork() {
    storage.close();
    storage = RocksDbTableStorage.open(new RocksDbConfig(dir.resolve("synced"), true));
    block(0, f -> f.createTable("u_s", "k", List.of("v")));
    assertThat(storage.lastCommittedBlock()).isZero();
  }
}
