package org.jbcos.storage;

import java.nio.file.Path;
import org.jbcos.crypto.Keccak256;
import org.jbcos.storage.rocksdb.RocksDbConfig;
import org.jbcos.storage.rocksdb.RocksDbTableStorage;

/**
 * The child process of {@link RocksDbCrashTest}: reopens the store and commits the script's blocks
 * after the last committed one until it is killed. Prints each committed number. Writes are synced,
 * so that commits take most of the time and many kills land inside one.
 */
public final class CrashWorker {
  private CrashWorker() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    long seed = Long.parseLong(args[1]);
    TableStorage storage = RocksDbTableStorage.open(new RocksDbConfig(dir, true));
    System.out.println("opened " + storage.lastCommittedBlock());
    System.out.flush();
    for (long n = storage.lastCommittedBlock() + 1; ; n++) {
      BlockTableFactory f = new BlockTableFactory(storage, Keccak256.INSTANCE, n);
      BlockScript.run(f, seed, n);
      f.stateRoot();
      f.commit();
      System.out.println("committed " + n);
      System.out.flush();
    }
  }
}
