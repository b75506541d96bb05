package org.jbcos.executor.parallel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.evm.Address;
import org.jbcos.executor.precompiled.PrecompiledAddresses;

/**
 * Random blocks executed serially and DAG-parallel give byte-identical receipts and the same state
 * root: DagTransfer calls (every function, error paths included), ParallelOk transfers and sets
 * through registered parallel functions, unregistered calls, calls that revert, deployments,
 * registrations and unregistrations in the middle of a block, and a system-config change, from a
 * few senders.
 */
class ParallelExecutionProperties {
  private static final int SENDERS = 3;
  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  /** One transaction of a random block, resolved against the chain's contracts. */
  interface Op {
    TwinChains.Call call(Fixture f);
  }

  /**
   * The chains with two ParallelOk contracts: {@code registered} declared parallel, {@code plain}
   * not.
   */
  static final class Fixture {
    final TwinChains chains;
    final Address registered;
    final Address plain;
    final AbiFunction userAdd;
    final AbiFunction userSave;
    final AbiFunction userDraw;
    final AbiFunction userTransfer;
    final AbiFunction userBalance;
    final AbiFunction transfer;
    final AbiFunction set;
    final AbiFunction reset;
    final AbiFunction enable;
    final AbiFunction disable;
    final AbiFunction setValueByKey;

    Fixture(boolean sm, boolean dagTableFirst) {
      chains = new TwinChains(sm, SENDERS, 3);
      userAdd = chains.function("userAdd(string,uint256)");
      userSave = chains.function("userSave(string,uint256)");
      userDraw = chains.function("userDraw(string,uint256)");
      userTransfer = chains.function("userTransfer(string,string,uint256)");
      userBalance = chains.function("userBalance(string)");
      transfer = chains.function("transfer(string,string,uint256)");
      set = chains.function("set(string,uint256)");
      reset = chains.function("reset(string)");
      enable = chains.function("enableParallel()");
      disable = chains.function("disableParallel()");
      setValueByKey = chains.function("setValueByKey(string,string)");
      byte[] code = TwinChains.parallelOk(sm);
      TwinChains.Outcome deployed =
          chains.block(List.of(TwinChains.Call.deploy(0, code), TwinChains.Call.deploy(1, code)));
      registered = Address.wrap(deployed.parallel().receipts().get(0).contractAddress());
      plain = Address.wrap(deployed.parallel().receipts().get(1).contractAddress());
      List<TwinChains.Call> setUp = new ArrayList<>();
      setUp.add(TwinChains.Call.to(0, registered, enable.encodeCall()));
      for (int i = 0; i < 4; i++) {
        setUp.add(TwinChains.Call.to(1, registered, set.encodeCall("n" + i, BigInteger.TEN)));
        setUp.add(TwinChains.Call.to(2, plain, set.encodeCall("n" + i, BigInteger.TEN)));
      }
      if (dagTableFirst) {
        for (int i = 0; i < 3; i++) {
          setUp.add(dag(i, userAdd.encodeCall("u" + i, BigInteger.valueOf(50))));
        }
      }
      ParallelOkTest.assertSame(chains.block(setUp));
    }

    Address ok(boolean registeredOne) {
      return registeredOne ? registered : plain;
    }

    TwinChains.Call dag(int sender, byte[] data) {
      return TwinChains.Call.to(sender, PrecompiledAddresses.DAG_TRANSFER, data);
    }
  }

  record DagCall(int sender, int function, String a, String b, BigInteger amount) implements Op {
    @Override
    public TwinChains.Call call(Fixture f) {
      byte[] data =
          switch (function) {
            case 0 -> f.userAdd.encodeCall(a, amount);
            case 1 -> f.userSave.encodeCall(a, amount);
            case 2 -> f.userDraw.encodeCall(a, amount);
            case 3 -> f.userTransfer.encodeCall(a, b, amount);
            default -> f.userBalance.encodeCall(a);
          };
      return f.dag(sender, data);
    }
  }

  record OkTransfer(int sender, boolean registered, String from, String to, BigInteger amount)
      implements Op {
    @Override
    public TwinChains.Call call(Fixture f) {
      return TwinChains.Call.to(sender, f.ok(registered), f.transfer.encodeCall(from, to, amount));
    }
  }

  record OkSet(int sender, boolean registered, String name, BigInteger amount) implements Op {
    @Override
    public TwinChains.Call call(Fixture f) {
      return TwinChains.Call.to(sender, f.ok(registered), f.set.encodeCall(name, amount));
    }
  }

  /** {@code reset} is never registered: it runs alone. */
  record OkReset(int sender, boolean registered, String name) implements Op {
    @Override
    public TwinChains.Call call(Fixture f) {
      return TwinChains.Call.to(sender, f.ok(registered), f.reset.encodeCall(name));
    }
  }

  /** Registers or unregisters the registered contract's functions: later blocks see it. */
  record Toggle(int sender, boolean enable) implements Op {
    @Override
    public TwinChains.Call call(Fixture f) {
      return TwinChains.Call.to(sender, f.registered, (enable ? f.enable : f.disable).encodeCall());
    }
  }

  record Deploy(int sender) implements Op {
    @Override
    public TwinChains.Call call(Fixture f) {
      return TwinChains.Call.deploy(sender, TwinChains.parallelOk(f.chains.suite.isSm()));
    }
  }

  /** A selector ParallelOk does not have: no fallback, so the call reverts. */
  record Unknown(int sender, boolean registered) implements Op {
    @Override
    public TwinChains.Call call(Fixture f) {
      return TwinChains.Call.to(sender, f.ok(registered), new byte[] {1, 2, 3, 4});
    }
  }

  record SetConfig(int sender, int limit) implements Op {
    @Override
    public TwinChains.Call call(Fixture f) {
      return TwinChains.Call.to(
          sender,
          PrecompiledAddresses.SYSTEM_CONFIG,
          f.setValueByKey.encodeCall("tx_count_limit", Integer.toString(limit)));
    }
  }

  @Property(tries = 40)
  void parallelExecutionGivesSerialResults(
      @ForAll boolean sm, @ForAll boolean dagTableFirst, @ForAll("blocks") List<List<Op>> blocks) {
    Fixture f = new Fixture(sm, dagTableFirst);
    for (List<Op> ops : blocks) {
      List<TwinChains.Call> calls = ops.stream().map(op -> op.call(f)).toList();
      ParallelOkTest.assertSame(f.chains.block(calls));
    }
    assertThat(f.chains.parallelRows("u_dag_transfer", "u0"))
        .isEqualTo(f.chains.serialRows("u_dag_transfer", "u0"));
  }

  @Provide
  Arbitrary<List<List<Op>>> blocks() {
    return op().list().ofMinSize(2).ofMaxSize(40).list().ofMinSize(1).ofMaxSize(3);
  }

  private static Arbitrary<Op> op() {
    Arbitrary<Integer> sender = Arbitraries.integers().between(0, SENDERS - 1);
    Arbitrary<String> user = Arbitraries.of("", "u0", "u1", "u2", "u3", "u4");
    Arbitrary<String> name = Arbitraries.of("n0", "n1", "n2", "n3", "n4", "n5");
    Arbitrary<BigInteger> amount =
        Arbitraries.of(
            BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(7), BigInteger.valueOf(60), MAX);
    Arbitrary<BigInteger> okAmount =
        Arbitraries.of(
            BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(4), BigInteger.valueOf(11));
    Arbitrary<Boolean> registered = Arbitraries.of(true, true, true, false);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            8,
            Combinators.combine(sender, Arbitraries.integers().between(0, 4), user, user, amount)
                .as(DagCall::new)),
        net.jqwik.api.Tuple.of(
            8, Combinators.combine(sender, registered, name, name, okAmount).as(OkTransfer::new)),
        net.jqwik.api.Tuple.of(
            3, Combinators.combine(sender, registered, name, okAmount).as(OkSet::new)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(sender, registered, name).as(OkReset::new)),
        net.jqwik.api.Tuple.of(
            1, Combinators.combine(sender, Arbitraries.of(true, false)).as(Toggle::new)),
        net.jqwik.api.Tuple.of(1, sender.map(Deploy::new)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(sender, registered).as(Unknown::new)),
        net.jqwik.api.Tuple.of(
            1,
            Combinators.combine(sender, Arbitraries.integers().between(0, 2000))
                .as(SetConfig::new)));
  }
}
