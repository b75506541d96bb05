package org.jbcos.bench.tps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.fisco.bcos.sdk.abi.FunctionEncoder;
import org.fisco.bcos.sdk.abi.FunctionReturnDecoder;
import org.fisco.bcos.sdk.abi.TypeReference;
import org.fisco.bcos.sdk.abi.datatypes.Address;
import org.fisco.bcos.sdk.abi.datatypes.Function;
import org.fisco.bcos.sdk.abi.datatypes.Type;
import org.fisco.bcos.sdk.abi.datatypes.generated.Uint256;
import org.fisco.bcos.sdk.crypto.CryptoSuite;
import org.fisco.solc.compiler.CompilationResult;
import org.fisco.solc.compiler.SolidityCompiler;

/**
 * {@code contracts/TpsTransfer.sol} compiled at run time by solc 0.4.25 (solcJ: the ECDSA or the SM
 * build, whose selectors hash with SM3) and the ABI encoding of its calls.
 */
final class TransferContract {
  static final String NAME = "TpsTransfer";
  private static final String SOURCE = "/contracts/TpsTransfer.sol";

  private final FunctionEncoder encoder;

  TransferContract(CryptoSuite suite) {
    this.encoder = new FunctionEncoder(suite);
  }

  /** The creation code, hex without 0x, from the compiler matching the chain's crypto. */
  static String compile(boolean sm) {
    try (InputStream in = TransferContract.class.getResourceAsStream(SOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SOURCE + " is missing from the classpath");
      }
      SolidityCompiler.Result r =
          SolidityCompiler.compile(
              in.readAllBytes(),
              sm,
              true,
              SolidityCompiler.Options.ABI,
              SolidityCompiler.Options.BIN);
      if (r.isFailed()) {
        throw new IllegalStateException("solc failed: " + r.getErrors());
      }
      String bin = CompilationResult.parse(r.getOutput()).getContract(NAME).bin;
      if (bin == null || bin.isEmpty()) {
        throw new IllegalStateException("solc produced no code for " + NAME);
      }
      return bin;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String set(String account, BigInteger amount) {
    return encode("set", new Address(account), new Uint256(amount));
  }

  String transfer(String from, String to, BigInteger amount) {
    return encode("transfer", new Address(from), new Address(to), new Uint256(amount));
  }

  String balanceOf(String account) {
    return encode("balanceOf", new Address(account));
  }

  /** The uint256 a view call returned. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static BigInteger decodeUint(String output) {
    List<TypeReference<Type>> types = (List) List.of(new TypeReference<Uint256>() {});
    List<Type> values = FunctionReturnDecoder.decode(output, types);
    if (values.isEmpty()) {
      throw new IllegalStateException("the call returned no uint256: " + output);
    }
    return ((Uint256) values.get(0)).getValue();
  }

  @SuppressWarnings("rawtypes")
  private String encode(String name, Type... args) {
    return encoder.encode(new Function(name, List.of(args), List.of()));
  }
}
