package org.jbcos.tools.evm;

import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.concurrent.Callable;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Keccak256;
import org.jbcos.crypto.Sm3;
import org.jbcos.evm.Address;
import org.jbcos.evm.BlockContext;
import org.jbcos.evm.Evm;
import org.jbcos.evm.Log;
import org.jbcos.evm.Message;
import org.jbcos.evm.MessageResult;
import org.jbcos.evm.TxContext;
import org.jbcos.evm.Word;
import org.jbcos.evm.worldstate.InMemoryWorldState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jbcos evm run --code 0x..}: runs bytecode once and shows how it ended. */
@Command(
    name = "run",
    description = {
      "Run EVM bytecode as a CALL to a contract holding it, in an otherwise empty world state,"
          + " and print the output, the gas used, the halt reason and the logs.",
      "The contract is at "
          + RunCommand.CONTRACT_HEX
          + ", called by "
          + RunCommand.CALLER_HEX
          + " with no value; the block is number 1 at time 0 with a zero coinbase.",
      "The rules are FISCO BCOS 2.x's: Petersburg opcodes and gas, precompiles 0x1-0x9 with"
          + " Istanbul alt_bn128 prices."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the code ran (whatever its halt reason)",
      "1:bad hex or the EVM failed",
      "2:bad usage"
    })
final class RunCommand implements Callable<Integer> {
  static final String CONTRACT_HEX = "0x000000000000000000000000000000000000c0de";
  static final String CALLER_HEX = "0x000000000000000000000000000000000000ca11";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = "--code",
      required = true,
      paramLabel = "0x<bytecode>",
      description = "The runtime bytecode to execute.")
  String code;

  @Option(
      names = "--input",
      defaultValue = "0x",
      paramLabel = "0x<calldata>",
      description = "The call data (default: none).")
  String input;

  @Option(
      names = "--gas",
      defaultValue = "10000000",
      paramLabel = "N",
      description = "Gas for the call (default: ${DEFAULT-VALUE}).")
  long gas;

  @Option(
      names = "--sm",
      description =
          "Use SM3 instead of Keccak-256 as the EVM hash (SHA3, code hashes, CREATE"
              + " addresses), as on FISCO BCOS SM chains.")
  boolean sm;

  @Override
  public Integer call() {
    byte[] bytecode;
    byte[] calldata;
    try {
      bytecode = Hex.decode(code);
    } catch (IllegalArgumentException e) {
      return fail("--code is not hex: " + e.getMessage());
    }
    try {
      calldata = Hex.decode(input);
    } catch (IllegalArgumentException e) {
      return fail("--input is not hex: " + e.getMessage());
    }
    if (gas < 0) {
      return fail("--gas must not be negative, got " + gas);
    }
    MessageResult result;
    try {
      result = execute(bytecode, calldata);
    } catch (RuntimeException e) {
      return fail("the EVM failed: " + e.getMessage());
    }
    print(result);
    return 0;
  }

  private MessageResult execute(byte[] bytecode, byte[] calldata) {
    Address contract = Address.fromHex(CONTRACT_HEX);
    Address caller = Address.fromHex(CALLER_HEX);
    InMemoryWorldState state = new InMemoryWorldState(sm ? Sm3.INSTANCE : Keccak256.INSTANCE);
    state.ensureAccount(caller);
    state.setCode(contract, bytecode);
    Evm evm = new Evm(EvmConfigs.fisco(sm ? Sm3.INSTANCE : Keccak256.INSTANCE));
    BlockContext block =
        new BlockContext(
            Address.ZERO, 1, 0, Math.max(gas, 30_000_000L), BigInteger.ZERO, n -> Word.ZERO);
    Message message =
        new Message(
            Message.Kind.CALL,
            caller,
            contract,
            contract,
            BigInteger.ZERO,
            calldata,
            gas,
            0,
            false);
    return evm.execute(state, block, new TxContext(caller, BigInteger.ZERO), message);
  }

  private void print(MessageResult result) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("output: " + Hex.encodePrefixed(result.output()));
    out.println("gas used: " + (gas - result.gasLeft()));
    out.println("halt: " + result.halt());
    for (Log log : result.logs()) {
      StringBuilder line = new StringBuilder("log: ").append(log.address()).append(" topics [");
      for (int i = 0; i < log.topics().size(); i++) {
        line.append(i == 0 ? "" : ", ").append(log.topics().get(i));
      }
      out.println(line.append("] data ").append(Hex.encodePrefixed(log.data())));
    }
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("error: " + message.replace('\n', ' '));
    return 1;
  }
}
