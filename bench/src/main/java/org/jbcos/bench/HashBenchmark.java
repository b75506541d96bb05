package org.jbcos.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.Sm3;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Hash throughput on a 32-byte input (a slot key or a node) and a 1 KiB input (a block part). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HashBenchmark {
  @Param({"keccak256", "sm3"})
  public String function;

  @Param({"32", "1024"})
  public int size;

  private HashFunction hash;
  private byte[] data;

  @Setup(Level.Trial)
  public void setUp() {
    hash = "sm3".equals(function) ? Sm3.INSTANCE : Keccak256.INSTANCE;
    data = new byte[size];
    new Random(1).nextBytes(data);
  }

  @Benchmark
  public byte[] hash() {
    return hash.hash(data);
  }
}
