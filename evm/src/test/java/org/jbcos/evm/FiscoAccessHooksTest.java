package org.jbcos.evm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.precompile.StandardPrecompiles;
import org.jbcos.evm.worldstate.InMemoryWorldState;
import org.jbcos.evm.worldstate.WorldState;
import org.junit.jupiter.api.Test;

/**
 * The questions the EVM asks a FISCO world state: may the origin deploy, may it write a contract's
 * storage, is an account frozen; and what it tells it: who created a contract.
 */
class FiscoAccessHooksTest {
  private static final Address ORIGIN = Address.ofLong(0x0819);
  private static final Address CONTRACT = Address.ofLong(0xc0de);
  private static final long GAS = 1_000_000;

  /** Runtime: stores 7 in slot 0. */
  private static final byte[] STORE_SEVEN = Hex.decode("600760005500");

  /** Init code returning an empty runtime. */
  private static final byte[] EMPTY_INIT = Hex.decode("60006000f3");

  private final InMemoryWorldState accounts = new InMemoryWorldState(Keccak256.INSTANCE);
  private final Set<Address> deployers = new HashSet<>();
  private final Set<Address> frozen = new HashSet<>();
  private final Set<Address> storageWriters = new HashSet<>();
  private final List<List<Address>> created = new ArrayList<>();
  private boolean deployWhitelist;
  private boolean storageWhitelist;

  /** {@link #accounts} with the FISCO questions answered from the sets above. */
  private final WorldState state =
      (WorldState)
          Proxy.newProxyInstance(
              WorldState.class.getClassLoader(),
              new Class<?>[] {WorldState.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "mayCreateContracts" -> !deployWhitelist || deployers.contains(args[0]);
                    case "mayWriteStorage" -> !storageWhitelist || storageWriters.contains(args[0]);
                    case "isFrozen" -> frozen.contains(args[0]);
                    case "contractCreated" ->
                        created.add(
                            List.of((Address) args[0], (Address) args[1], (Address) args[2]));
                    default -> invoke(method, args);
                  });

  private Object invoke(java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(accounts, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private final Evm evm =
      new Evm(new EvmConfig(GasSchedule.fisco(), Keccak256.INSTANCE, StandardPrecompiles.fisco()));
  private final BlockContext block =
      new BlockContext(Address.ZERO, 1, 0, 30_000_000, BigInteger.ZERO, n -> Word.ZERO);

  private MessageResult run(Message.Kind kind, Address to, byte[] input) {
    return evm.execute(
        state,
        block,
        new TxContext(ORIGIN, BigInteger.ZERO),
        new Message(kind, ORIGIN, to, to, BigInteger.ZERO, input, GAS, 0, false));
  }

  private static String reason(byte[] output) {
    byte[] selector = Keccak256.INSTANCE.hash("Error(string)".getBytes(StandardCharsets.UTF_8));
    assertThat(Arrays.copyOf(output, 4)).isEqualTo(Arrays.copyOf(selector, 4));
    int length = new BigInteger(1, Arrays.copyOfRange(output, 36, 68)).intValueExact();
    return new String(output, 68, length, StandardCharsets.UTF_8);
  }

  @Test
  void aDeployerOutsideTheWhitelistIsRefusedBeforeTheNonceMoves() {
    deployWhitelist = true;
    MessageResult refused = run(Message.Kind.CREATE, Address.ZERO, EMPTY_INIT);
    assertThat(refused.halt()).isEqualTo(Halt.PERMISSION_DENIED);
    assertThat(refused.gasLeft()).isZero();
    assertThat(accounts.nonce(ORIGIN)).isZero();

    deployers.add(ORIGIN);
    MessageResult deployed = run(Message.Kind.CREATE, Address.ZERO, EMPTY_INIT);
    assertThat(deployed.halt()).isEqualTo(Halt.SUCCESS);
    assertThat(created)
        .containsExactly(List.of(deployed.createdAddress().orElseThrow(), ORIGIN, ORIGIN));
  }

  @Test
  void aFrozenOriginCannotDeployOrCall() {
    frozen.add(ORIGIN);
    MessageResult create = run(Message.Kind.CREATE, Address.ZERO, EMPTY_INIT);
    assertThat(create.halt()).isEqualTo(Halt.ACCOUNT_FROZEN);
    assertThat(reason(create.output())).isEqualTo("Frozen account:" + ORIGIN.toHex());

    accounts.setCode(CONTRACT, STORE_SEVEN);
    MessageResult call = run(Message.Kind.CALL, CONTRACT, new byte[0]);
    assertThat(call.halt()).isEqualTo(Halt.ACCOUNT_FROZEN);
    assertThat(call.gasLeft()).isEqualTo(GAS);
    assertThat(accounts.storage(CONTRACT, Word.ZERO)).isEqualTo(Word.ZERO);
  }

  @Test
  void aFrozenContractRefusesCallsAndKeepsTheGas() {
    accounts.setCode(CONTRACT, STORE_SEVEN);
    frozen.add(CONTRACT);
    MessageResult call = run(Message.Kind.CALL, CONTRACT, new byte[0]);
    assertThat(call.halt()).isEqualTo(Halt.CONTRACT_FROZEN);
    assertThat(call.gasLeft()).isEqualTo(GAS);
    assertThat(reason(call.output())).isEqualTo("Frozen contract:" + CONTRACT.toHex().substring(2));
    assertThat(accounts.storage(CONTRACT, Word.ZERO)).isEqualTo(Word.ZERO);
  }

  @Test
  void sstoreAsksWhetherTheOriginMayWrite() {
    accounts.setCode(CONTRACT, STORE_SEVEN);
    storageWhitelist = true;
    assertThat(run(Message.Kind.CALL, CONTRACT, new byte[0]).halt())
        .isEqualTo(Halt.PERMISSION_DENIED);
    assertThat(accounts.storage(CONTRACT, Word.ZERO)).isEqualTo(Word.ZERO);

    storageWriters.add(ORIGIN);
    assertThat(run(Message.Kind.CALL, CONTRACT, new byte[0]).halt()).isEqualTo(Halt.SUCCESS);
    assertThat(accounts.storage(CONTRACT, Word.ZERO)).isEqualTo(Word.of(7));
  }
}
