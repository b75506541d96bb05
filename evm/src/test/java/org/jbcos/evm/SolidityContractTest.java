package org.jbcos.evm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.fisco.solc.compiler.CompilationResult;
import org.jbcos.codec.abi.AbiEvent;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.codec.abi.RevertReason;
import org.jbcos.crypto.HashFunction;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.Sm3;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.precompile.PrecompileRegistry;
import org.jbcos.evm.worldstate.InMemoryWorldState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Solidity contract compiled by solc 0.4.25 run end to end, on an ECDSA chain (Keccak-256) and on
 * an SM chain (SM3 for SHA3, selectors and contract addresses), with FISCO's no-fee rules.
 */
class SolidityContractTest {
  private static final Address ALICE = Address.fromHex("0x" + "a1".repeat(20));
  private static final Address BOB = Address.fromHex("0x" + "b0".repeat(20));
  private static final BlockContext BLOCK =
      new BlockContext(Address.ZERO, 10, 1_700_000_000_000L, 0, BigInteger.ZERO, n -> Word.ZERO);

  record Chain(HashFunction hash, InMemoryWorldState state, TransactionProcessor processor) {
    TransactionResult send(Optional<Address> to, byte[] data) {
      return processor.process(
          state,
          BLOCK,
          new EvmTransaction(ALICE, to, 0, BigInteger.ZERO, 30_000_000, BigInteger.ZERO, data));
    }
  }

  static Chain chain(boolean sm) {
    HashFunction hash = sm ? Sm3.INSTANCE : Keccak256.INSTANCE;
    Evm evm = new Evm(new EvmConfig(GasSchedule.fisco(), hash, new PrecompileRegistry()));
    return new Chain(
        hash,
        new InMemoryWorldState(hash),
        new TransactionProcessor(evm, TransactionProcessor.Rules.FISCO));
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void deploysTransfersEmitsRevertsAndCreates(boolean sm) {
    CompilationResult compiled = Solidity.compile("/contracts/Token.sol", sm);
    Chain chain = chain(sm);
    HashFunction h = chain.hash();

    TransactionResult deploy = chain.send(Optional.empty(), Solidity.bin(compiled, "Token"));
    assertThat(deploy.halt()).isEqualTo(Halt.SUCCESS);
    Address token = deploy.createdAddress().orElseThrow();
    assertThat(token).isEqualTo(ContractAddress.create(h, ALICE, 0));

    AbiFunction balanceOf = AbiFunction.parse("balances(address) returns (uint256)", h);
    AbiFunction transfer = AbiFunction.parse("transfer(address,uint256) returns (bool)", h);
    AbiFunction name = AbiFunction.parse("name() returns (string)", h);
    org.jbcos.codec.abi.Address bob = org.jbcos.codec.abi.Address.fromHex(BOB.toHex());
    org.jbcos.codec.abi.Address alice = org.jbcos.codec.abi.Address.fromHex(ALICE.toHex());

    assertThat(name.decodeOutput(chain.send(Optional.of(token), name.encodeCall()).output()))
        .containsExactly("jbcos");

    TransactionResult sent =
        chain.send(Optional.of(token), transfer.encodeCall(bob, BigInteger.valueOf(250)));
    assertThat(sent.halt()).isEqualTo(Halt.SUCCESS);
    assertThat(transfer.decodeOutput(sent.output())).containsExactly(true);
    assertThat(sent.logs()).hasSize(1);
    AbiEvent event = AbiEvent.parse("Transfer(address indexed,address indexed,uint256)", h);
    Log log = sent.logs().get(0);
    assertThat(log.address()).isEqualTo(token);
    assertThat(log.topics().get(0).toBytes()).isEqualTo(event.topic0());
    assertThat(event.decode(log.topics().stream().map(Word::toBytes).toList(), log.data()))
        .containsExactly(alice, bob, BigInteger.valueOf(250));

    assertThat(
            balanceOf.decodeOutput(
                chain.send(Optional.of(token), balanceOf.encodeCall(bob)).output()))
        .containsExactly(BigInteger.valueOf(250));

    TransactionResult refused =
        chain.send(Optional.of(token), transfer.encodeCall(bob, BigInteger.valueOf(5000)));
    assertThat(refused.halt()).isEqualTo(Halt.REVERT);
    assertThat(RevertReason.decode(refused.output(), h)).contains("insufficient balance");
    assertThat(refused.logs()).isEmpty();

    AbiFunction fail = AbiFunction.parse("fail()", h);
    assertThat(chain.send(Optional.of(token), fail.encodeCall()).halt())
        .isEqualTo(Halt.INVALID_INSTRUCTION);

    // SHA3 is the chain's hash: keccak256(...) in Solidity means SM3 on an SM chain
    AbiFunction digest = AbiFunction.parse("digest(bytes) returns (bytes32)", h);
    byte[] data = "FISCO BCOS".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(
            (byte[])
                digest
                    .decodeOutput(chain.send(Optional.of(token), digest.encodeCall(data)).output())
                    .get(0))
        .isEqualTo(h.hash(data));

    // CREATE from a contract derives the child's address with the chain's hash too; on FISCO a
    // new contract starts at nonce 0, so the first child is at (token, 0)
    AbiFunction makeChild = AbiFunction.parse("makeChild() returns (address)", h);
    TransactionResult made = chain.send(Optional.of(token), makeChild.encodeCall());
    assertThat(made.halt()).isEqualTo(Halt.SUCCESS);
    org.jbcos.codec.abi.Address child =
        (org.jbcos.codec.abi.Address) makeChild.decodeOutput(made.output()).get(0);
    assertThat(child.toHex()).isEqualTo(ContractAddress.create(h, token, 0).toHex());
    AbiFunction x = AbiFunction.parse("x() returns (uint256)", h);
    assertThat(
            x.decodeOutput(
                chain.send(Optional.of(Address.fromHex(child.toHex())), x.encodeCall()).output()))
        .isEqualTo(List.of(BigInteger.valueOf(7)));
  }
}
