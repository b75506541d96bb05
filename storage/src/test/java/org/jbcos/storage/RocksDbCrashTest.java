package org.jbcos.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jbcos.crypto.Keccak256;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.jbcos.storage.rocksdb.RocksDbConfig;
import org.jbcos.storage.rocksdb.RocksDbTableStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM commits blocks in a loop and is SIGKILLed at random moments. After each kill the
 * store must hold whole blocks only: its last block number at least the last one the child
 * reported, its contents equal to a serial replay of as many blocks in memory, and the next block's
 * state root equal on both.
 */
class RocksDbCrashTest {
  private static final int ROUNDS = 20;
  private static final long SEED = 42;

  @TempDir Path dir;

  @Test
  void killedMidCommitTheStoreHoldsWholeBlocks() throws Exception {
    Path db = dir.resolve("db");
    Random rnd = new Random(SEED);
    InMemoryTableStorage replay = new InMemoryTableStorage();
    Path lib = extractNativeLibrary();
    long previous = -1;
    int killedAfterTheWrite = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long reported = runAndKill(db, lib, 10 + rnd.nextInt(140));
      try (RocksDbTableStorage store = RocksDbTableStorage.open(new RocksDbConfig(db, false))) {
        long last = store.lastCommittedBlock();
        assertThat(last).as("round %d", round).isGreaterThanOrEqualTo(reported);
        // the child may commit more blocks than it managed to report before the kill (a loaded
        // machine reads its output late), so only the lower bounds are exact; the replay below
        // checks that every stored block is whole
        assertThat(last).isGreaterThanOrEqualTo(previous);
        for (long n = replay.lastCommittedBlock() + 1; n <= last; n++) {
          BlockTableFactory f = new BlockTableFactory(replay, Keccak256.INSTANCE, n);
          BlockScript.run(f, SEED, n);
          f.commit();
        }
        for (TableInfo t : BlockScript.tables()) {
          assertThat(store.scan(t))
              .as("%s after round %d", t.name(), round)
              .isEqualTo(replay.scan(t));
        }
        assertThat(nextRoot(store, last + 1)).isEqualTo(nextRoot(replay, last + 1));
        previous = last;
        if (last > reported) {
          killedAfterTheWrite++;
        }
      }
    }
    assertThat(previous).as("blocks committed over all rounds").isGreaterThan(ROUNDS);
    System.err.printf(
        "crash test: %d rounds, %d blocks, %d kills after a block's write but before its report%n",
        ROUNDS, previous + 1, killedAfterTheWrite);
  }

  /**
   * RocksDB copies its native library to a new temporary file at every start, and a killed JVM
   * never deletes it: give the children one copy to load instead.
   */
  private Path extractNativeLibrary() throws java.io.IOException {
    Path lib = dir.resolve("lib");
    java.nio.file.Files.createDirectories(lib);
    try (java.io.InputStream in =
        org.rocksdb.RocksDB.class.getResourceAsStream("/librocksdbjni-linux64.so")) {
      assertThat(in).as("librocksdbjni-linux64.so on the class path").isNotNull();
      java.nio.file.Files.copy(in, lib.resolve("librocksdbjni-linux64.so"));
    }
    return lib;
  }

  private static byte[] nextRoot(TableStorage storage, long number) {
    BlockTableFactory f = new BlockTableFactory(storage, Keccak256.INSTANCE, number);
    BlockScript.run(f, SEED, number);
    return f.stateRoot();
  }

  /** Starts the worker, lets it commit for {@code millis} after its first commit, kills it. */
  private static long runAndKill(Path db, Path lib, int millis) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx128m",
                "-Djava.library.path=" + lib,
                "-cp",
                System.getProperty("java.class.path"),
                CrashWorker.class.getName(),
                db.toString(),
                Long.toString(SEED))
            .redirectErrorStream(true)
            .start();
    AtomicLong reported = new AtomicLong(-2);
    List<String> output = new ArrayList<>();
    Object firstCommit = new Object();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  if (line.startsWith("committed ")) {
                    reported.set(Long.parseLong(line.substring(10)));
                    synchronized (firstCommit) {
                      firstCommit.notifyAll();
                    }
                  } else if (output.size() < 200) {
                    output.add(line);
                  }
                }
              } catch (java.io.IOException e) {
                // the process died
              }
            });
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    synchronized (firstCommit) {
      while (reported.get() < -1 && p.isAlive() && System.nanoTime() < deadline) {
        firstCommit.wait(100);
      }
    }
    assertThat(p.isAlive()).as("worker output: %s", output).isTrue();
    Thread.sleep(millis);
    p.destroyForcibly(); // SIGKILL
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    reader.join(10_000);
    assertThat(p.exitValue()).isEqualTo(137);
    return reported.get();
  }
}
