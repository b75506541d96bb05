package org.jbcos.storage.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.jbcos.storage.Entry;
import org.jbcos.storage.Row;
import org.jbcos.storage.StorageException;
import org.junit.jupiter.api.Test;

class RowCodecTest {
  @Test
  void roundTripsRowsWithBinaryValuesAndLargeIds() {
    List<Row> rows =
        List.of(
            new Row(1, 0, false, Entry.of("k", "a", "v", "")),
            new Row(
                Long.MAX_VALUE,
                1L << 40,
                true,
                Entry.builder().set("k", "a").set("v", new byte[] {0, -1, 127, -128}).build()));
    assertThat(RowCodec.decode(RowCodec.encode(rows))).isEqualTo(rows);
    assertThat(RowCodec.decode(RowCodec.encode(List.of()))).isEmpty();
  }

  @Test
  void corruptDataIsAStorageError() {
    byte[] good = RowCodec.encode(List.of(new Row(1, 0, false, Entry.of("k", "a"))));
    for (int cut = 0; cut < good.length; cut++) {
      byte[] truncated = Arrays.copyOf(good, cut);
      assertThatThrownBy(() -> RowCodec.decode(truncated)).isInstanceOf(StorageException.class);
    }
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> RowCodec.decode(longer)).isInstanceOf(StorageException.class);
    byte[] version = good.clone();
    version[0] = 9;
    assertThatThrownBy(() -> RowCodec.decode(version)).hasMessageContaining("version");
  }
}
