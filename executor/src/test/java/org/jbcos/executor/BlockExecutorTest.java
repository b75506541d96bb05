package org.jbcos.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fisco.solc.compiler.CompilationResult;
import org.fisco.solc.compiler.SolidityCompiler;
import org.jbcos.codec.abi.AbiEvent;
import org.jbcos.codec.abi.AbiFunction;
import org.jbcos.codec.abi.RevertReason;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.KeyPair;
import org.jbcos.evm.Address;
import org.jbcos.evm.ContractAddress;
import org.jbcos.evm.Halt;
import org.jbcos.evm.TransactionResult;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.protocol.ReceiptStatus;
import org.jbcos.protocol.Transaction;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.storage.BlockTableFactory;
import org.jbcos.storage.TableStorage;
import org.jbcos.storage.memory.InMemoryTableStorage;
import org.jbcos.storage.rocksdb.RocksDbConfig;
import org.jbcos.storage.rocksdb.RocksDbTableStorage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Blocks of signed transactions executed over real table storage: a Solidity token deployed, used,
 * reverted; receipts as FISCO builds them; the same state root on in-memory and RocksDB.
 */
class BlockExecutorTest {
  private static final long TX_GAS_LIMIT = 300_000_000L;

  static byte[] compile(String contract, boolean sm) {
    try (InputStream in = BlockExecutorTest.class.getResourceAsStream("/contracts/Token.sol")) {
      SolidityCompiler.Result r =
          SolidityCompiler.compile(
              in.readAllBytes(),
              sm,
              true,
              SolidityCompiler.Options.ABI,
              SolidityCompiler.Options.BIN);
      return Hex.decode(CompilationResult.parse(r.getOutput()).getContract(contract).bin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Transaction tx(CryptoSuite suite, KeyPair key, int nonce, byte[] to, byte[] data) {
    return Transaction.builder()
        .nonce(BigInteger.valueOf(nonce))
        .gas(BigInteger.valueOf(3_000_000))
        .blockLimit(100)
        .to(to)
        .data(data)
        .sign(suite, key);
  }

  record Run(List<TransactionReceipt> receipts, List<byte[]> roots, Address token) {}

  /** Two blocks: deploy; then transfer, over-transfer (revert), assert(false), transfer. */
  static Run runChain(TableStorage storage, boolean sm) {
    CryptoSuite suite = CryptoSuite.of(sm);
    KeyPair alice = suite.signatureAlgorithm().keyPairOf(BigInteger.valueOf(0xa11ce));
    Address aliceAddress = Address.wrap(suite.address(alice.publicKey()));
    BlockExecutor executor = new BlockExecutor(suite, GasSchedule.fisco());
    List<TransactionReceipt> receipts = new ArrayList<>();
    List<byte[]> roots = new ArrayList<>();

    new BlockTableFactory(storage, suite.hashFunction(), 0).commit(); // an empty genesis
    BlockTableFactory block1 = new BlockTableFactory(storage, suite.hashFunction(), 1);
    ExecutedBlock first =
        executor.execute(
            block1,
            new ExecutionContext(suite, 1, 1_700_000_000_000L, Address.ZERO, TX_GAS_LIMIT),
            List.of(tx(suite, alice, 1, new byte[0], compile("Token", sm))));
    block1.commit();
    receipts.addAll(first.receipts());
    roots.add(first.stateRoot());
    Address token = Address.wrap(first.receipts().get(0).contractAddress());

    AbiFunction transfer = AbiFunction.parse("transfer(address,uint256)", suite.hashFunction());
    AbiFunction fail = AbiFunction.parse("fail()", suite.hashFunction());
    org.jbcos.codec.abi.Address bob = org.jbcos.codec.abi.Address.fromHex("0x" + "b0".repeat(20));
    BlockTableFactory block2 = new BlockTableFactory(storage, suite.hashFunction(), 2);
    ExecutedBlock second =
        executor.execute(
            block2,
            new ExecutionContext(suite, 2, 1_700_000_001_000L, Address.ZERO, TX_GAS_LIMIT),
            List.of(
                tx(suite, alice, 2, token.toBytes(), transfer.encodeCall(bob, BigInteger.TEN)),
                tx(
                    suite,
                    alice,
                    3,
                    token.toBytes(),
                    transfer.encodeCall(bob, BigInteger.valueOf(5000))),
                tx(suite, alice, 4, token.toBytes(), fail.encodeCall()),
                tx(suite, alice, 5, token.toBytes(), transfer.encodeCall(bob, BigInteger.ONE))));
    block2.commit();
    receipts.addAll(second.receipts());
    roots.add(second.stateRoot());
    assertThat(token).isEqualTo(ContractAddress.create(suite.hashFunction(), aliceAddress, 0));
    return new Run(receipts, roots, token);
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void executesBlocksIntoReceipts(boolean sm, @TempDir Path dir) {
    CryptoSuite suite = CryptoSuite.of(sm);
    Run run = runChain(new InMemoryTableStorage(), sm);
    List<TransactionReceipt> r = run.receipts();

    assertThat(r.get(0).status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(r.get(0).contractAddress()).isEqualTo(run.token().toBytes());
    assertThat(r.get(1).status()).isEqualTo(ReceiptStatus.NONE.code());
    assertThat(r.get(1).logs()).hasSize(1);
    AbiEvent transferEvent =
        AbiEvent.parse("Transfer(address indexed,address indexed,uint256)", suite.hashFunction());
    assertThat(r.get(1).logs().get(0).topics().get(0)).isEqualTo(transferEvent.topic0());
    assertThat(r.get(1).bloom().mightContain(run.token().toBytes(), suite.hashFunction())).isTrue();
    assertThat(r.get(2).status()).isEqualTo(ReceiptStatus.REVERT_INSTRUCTION.code());
    assertThat(RevertReason.decode(r.get(2).output(), suite.hashFunction()))
        .contains("insufficient balance");
    assertThat(r.get(2).logs()).isEmpty();
    assertThat(r.get(3).status()).isEqualTo(ReceiptStatus.BAD_INSTRUCTION.code());
    assertThat(r.get(4).status()).isEqualTo(ReceiptStatus.NONE.code());
    // every receipt of a block carries the block's final state root
    for (int i = 1; i < 5; i++) {
      assertThat(r.get(i).stateRoot()).isEqualTo(run.roots().get(1));
    }
    assertThat(r.get(1).remainGas())
        .contains(BigInteger.valueOf(TX_GAS_LIMIT).subtract(r.get(1).gasUsed()));

    // the same blocks over RocksDB give the same receipts and roots
    try (RocksDbTableStorage rocks =
        RocksDbTableStorage.open(new RocksDbConfig(dir.resolve("db"), false))) {
      Run again = runChain(rocks, sm);
      assertThat(again.roots()).containsExactlyElementsOf(run.roots());
      for (int i = 0; i < r.size(); i++) {
        assertThat(again.receipts().get(i).encode()).isEqualTo(r.get(i).encode());
      }
    }
  }

  @ParameterizedTest(name = "sm={0}")
  @ValueSource(booleans = {false, true})
  void callReadsStateAndChangesNothing(boolean sm) {
    CryptoSuite suite = CryptoSuite.of(sm);
    InMemoryTableStorage storage = new InMemoryTableStorage();
    Run run = runChain(storage, sm);
    BlockExecutor executor = new BlockExecutor(suite, GasSchedule.fisco());
    AbiFunction balanceOf =
        AbiFunction.parse("balances(address) returns (uint256)", suite.hashFunction());
    // a call runs on a throwaway view of the next block that is never committed
    BlockTableFactory view = new BlockTableFactory(storage, suite.hashFunction(), 3);
    TransactionResult result =
        executor.call(
            view,
            new ExecutionContext(suite, 3, 0, Address.ZERO, TX_GAS_LIMIT),
            Address.ZERO,
            run.token(),
            balanceOf.encodeCall(org.jbcos.codec.abi.Address.fromHex("0x" + "b0".repeat(20))));
    assertThat(result.halt()).isEqualTo(Halt.SUCCESS);
    assertThat(balanceOf.decodeOutput(result.output())).containsExactly(BigInteger.valueOf(11));
    assertThat(storage.lastCommittedBlock()).isEqualTo(2);
    BlockTableFactory next = new BlockTableFactory(storage, suite.hashFunction(), 3);
    assertThat(new StorageWorldState(next, suite.hashFunction()).nonce(Address.ZERO)).isZero();
    assertThat(next.stateRoot()).isEqualTo(new byte[32]);
  }
}
