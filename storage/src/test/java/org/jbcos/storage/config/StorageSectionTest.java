package org.jbcos.storage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jbcos.storage.TableStorage;
import org.jbcos.storage.cache.CachedTableStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageSectionTest {
  @TempDir Path data;

  @Test
  void defaultsToACachedRocksDbUnderTheGroupDirectory() {
    StorageSection s = StorageSection.parse(Map.of());
    assertThat(s.type()).isEqualTo(StorageSection.Type.ROCKSDB);
    assertThat(s.cacheCapacityBytes()).isEqualTo(32L * 1024 * 1024);
    try (TableStorage storage = s.open(data, 1)) {
      assertThat(storage).isInstanceOf(CachedTableStorage.class);
      assertThat(storage.lastCommittedBlock()).isEqualTo(-1);
    }
    assertThat(Files.isDirectory(data.resolve("group1/block/RocksDB"))).isTrue();
  }

  @Test
  void readsTheMysqlKeysAndTheCacheSwitch() {
    StorageSection s =
        StorageSection.parse(
            Map.of(
                "type", "mysql",
                "db_ip", "10.1.1.1",
                "db_name", "g1",
                "cached_storage", "false",
                "max_capacity", "256"));
    assertThat(s.type()).isEqualTo(StorageSection.Type.MYSQL);
    assertThat(s.cached()).isFalse();
    assertThat(s.cacheCapacityBytes()).isEqualTo(256L * 1024 * 1024);
    assertThat(s.mariaDb().orElseThrow().jdbcUrl()).isEqualTo("jdbc:mariadb://10.1.1.1:3306/g1");
  }

  @Test
  void refusesWhatItDoesNotImplement() {
    assertThatThrownBy(() -> StorageSection.parse(Map.of("type", "scalable")))
        .hasMessageContaining("not supported");
    assertThatThrownBy(() -> StorageSection.parse(Map.of("max_capacity", "0")))
        .hasMessageContaining("max_capacity");
  }
}
