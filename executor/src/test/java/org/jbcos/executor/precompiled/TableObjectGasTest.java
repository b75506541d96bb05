package org.jbcos.executor.precompiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbcos.executor.precompiled.SystemContractGasTest.memoryGas;

import java.math.BigInteger;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Keccak256;
import org.jbcos.evm.Address;
import org.jbcos.evm.BlockContext;
import org.jbcos.evm.Message;
import org.jbcos.evm.TxContext;
import org.jbcos.evm.Word;
import org.jbcos.evm.precompile.PrecompileCall;
import org.jbcos.evm.precompile.PrecompileRegistry;
import org.jbcos.evm.precompile.PrecompileResult;
import org.jbcos.evm.precompile.TemporaryContracts;
import org.jbcos.executor.StorageWorldState;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.junit.jupiter.api.Test;

/**
 * The gas each call of the Table.sol objects reports, one call at a time, computed by hand from
 * FISCO 2.9's rules (the objects count their input as memory; KVTable.set and Table.update set the
 * memory to the entry's capacity, dropping the input).
 */
class TableObjectGasTest {
  private static final HashFunction HASH = Keccak256.INSTANCE;
  private static final Address SENDER = Address.ofLong(0xa11ce);

  private final BlockTableFactory tables =
      new BlockTableFactory(new InMemoryTableStorage(), HASH, 1);
  private final PrecompileRegistry registry =
      SystemContracts.register(new PrecompileRegistry(), HASH, GasMetrics.STANDARD);
  private final TemporaryContracts temporaries = new TemporaryContracts();

  private static AbiFunction f(String signature) {
    return AbiFunction.parse(signature, HASH);
  }

  private record Outcome(byte[] input, PrecompileResult result) {
    long gas() {
      assertThat(result.success()).isTrue();
      return result.gasUsed();
    }

    /** The memory price of the input (or output, whichever is larger). */
    long inputMemoryGas() {
      return memoryGas(Math.max(input.length, result.output().length));
    }

    Address address(AbiFunction f, int index) {
      return Address.wrap(
          ((org.jbcos.codec.abi.Address) f.decodeOutput(result.output()).get(index)).bytes());
    }
  }

  private Outcome call(Address to, AbiFunction f, Object... args) {
    byte[] input = f.encodeCall(args);
    var contract = registry.get(to).or(() -> temporaries.get(to)).orElseThrow();
    Message m =
        new Message(Message.Kind.CALL, SENDER, to, to, BigInteger.ZERO, input, 1_000_000, 1, false);
    BlockContext block =
        new BlockContext(Address.ZERO, 1, 0, 300_000_000L, BigInteger.ZERO, n -> Word.ZERO);
    PrecompileCall call =
        new PrecompileCall(
            new StorageWorldState(tables, HASH),
            block,
            new TxContext(SENDER, BigInteger.ZERO),
            m,
            temporaries);
    return new Outcome(input, contract.compute(call));
  }

  private static org.jbcos.codec.abi.Address abi(Address a) {
    return new org.jbcos.codec.abi.Address(a.toBytes());
  }

  @Test
  void kvTableSetAndGet() {
    AbiFunction create = f("createTable(string,string,string) returns (int256)");
    Outcome created = call(PrecompiledAddresses.KV_TABLE_FACTORY, create, "kv", "k", "v");
    assertThat(created.gas()).isEqualTo(16_000 + created.inputMemoryGas());

    AbiFunction open = f("openTable(string) returns (address)");
    Outcome opened = call(PrecompiledAddresses.KV_TABLE_FACTORY, open, "kv");
    // input 4 + 32 + 64 = 100 bytes, 4 words
    assertThat(opened.gas()).isEqualTo(200 + 12);
    Address kv = opened.address(open, 0);

    AbiFunction newEntry = f("newEntry() returns (address)");
    Outcome made = call(kv, newEntry);
    assertThat(made.gas()).isEqualTo(3);
    Address entry = made.address(newEntry, 0);

    Outcome set = call(entry, f("set(string,string)"), "v", "hello");
    assertThat(set.gas()).isEqualTo(3 + memoryGas(set.input().length));

    AbiFunction kvSet = f("set(string,address) returns (int256)");
    Outcome inserted = call(kv, kvSet, "key1", abi(entry));
    // select of no row, Insert; memory set to the entry's capacity (k=key1, v=hello: 11 bytes),
    // then raised to the 32-byte output
    assertThat(inserted.gas()).isEqualTo(10_000 + 3);

    AbiFunction kvGet = f("get(string) returns (bool,address)");
    Outcome got = call(kv, kvGet, "key1");
    // one row selected; input 100 bytes
    assertThat(got.gas()).isEqualTo(200 + 12);

    Outcome updated = call(kv, kvSet, "key1", abi(entry));
    assertThat(updated.gas()).isEqualTo(200 + 10_000 + 3);

    Address fromGet = got.address(kvGet, 1);
    Outcome read = call(fromGet, f("getString(string) returns (string)"), "v");
    assertThat(read.gas()).isEqualTo(3 + read.inputMemoryGas());
  }

  @Test
  void tableInsertSelectUpdateRemoveAndEntryGetters() {
    AbiFunction create = f("createTable(string,string,string) returns (int256)");
    call(PrecompiledAddresses.TABLE_FACTORY, create, "t", "name", "item");
    AbiFunction open = f("openTable(string) returns (address)");
    Address table = call(PrecompiledAddresses.TABLE_FACTORY, open, "t").address(open, 0);

    AbiFunction newEntry = f("newEntry() returns (address)");
    Address entry = call(table, newEntry).address(newEntry, 0);
    call(entry, f("set(string,string)"), "item", "apple");
    AbiFunction insert = f("insert(string,address) returns (int256)");
    Outcome inserted = call(table, insert, "fruit", abi(entry));
    // input 4 + 64 + 64 = 132 bytes, 5 words; the entry (item=apple, name=fruit) is 18 bytes
    assertThat(inserted.gas()).isEqualTo(10_000 + 15);
    Outcome key = call(entry, f("getString(string) returns (string)"), "name");
    assertThat(key.result().output()).contains("fruit".getBytes());

    AbiFunction newCondition = f("newCondition() returns (address)");
    Address condition = call(table, newCondition).address(newCondition, 0);
    Outcome eq = call(condition, f("EQ(string,string)"), "item", "apple");
    assertThat(eq.gas()).isEqualTo(3 + memoryGas(eq.input().length));

    AbiFunction select = f("select(string,address) returns (address)");
    Outcome selected = call(table, select, "fruit", abi(condition));
    assertThat(selected.gas()).isEqualTo(200 + 15);
    Address entries = selected.address(select, 0);
    AbiFunction get = f("get(int256) returns (address)");
    Outcome first = call(entries, get, BigInteger.ZERO);
    assertThat(first.gas()).isEqualTo(first.inputMemoryGas());
    Address row = first.address(get, 0);

    Outcome bytes64 = call(row, f("getBytes64(string) returns (bytes32,bytes32)"), "item");
    assertThat(bytes64.gas()).isEqualTo(64 * 3 + bytes64.inputMemoryGas());
    Outcome bytes32 = call(row, f("getBytes32(string) returns (bytes32)"), "item");
    assertThat(bytes32.gas()).isEqualTo(32 * 3 + bytes32.inputMemoryGas());

    Address pear = call(table, newEntry).address(newEntry, 0);
    call(pear, f("set(string,string)"), "item", "pear");
    AbiFunction update = f("update(string,address,address) returns (int256)");
    Outcome updated = call(table, update, "fruit", abi(pear), abi(condition));
    // memory set to the entry's 8 bytes, then the 32-byte output
    assertThat(updated.gas()).isEqualTo(10_000 + 3);

    Address byPear = call(table, newCondition).address(newCondition, 0);
    call(byPear, f("EQ(string,string)"), "item", "pear");
    AbiFunction remove = f("remove(string,address) returns (int256)");
    Outcome removed = call(table, remove, "fruit", abi(byPear));
    assertThat(removed.gas()).isEqualTo(2_500 + 15);
    Outcome none = call(table, remove, "fruit", abi(byPear));
    assertThat(none.gas()).isEqualTo(15);
  }
}
