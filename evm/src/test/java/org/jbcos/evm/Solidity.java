package org.jbcos.evm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.fisco.solc.compiler.CompilationResult;
import org.fisco.solc.compiler.SolidityCompiler;
import org.jbcos.crypto.Hex;

/** Compiles test contracts with the solc 0.4.25 bundled in solcJ (ECDSA or SM build). */
final class Solidity {
  private Solidity() {}

  static CompilationResult compile(String resource, boolean sm) {
    try (InputStream in = Solidity.class.getResourceAsStream(resource)) {
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
      return CompilationResult.parse(r.getOutput());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bin(CompilationResult result, String contract) {
    return Hex.decode(result.getContract(contract).bin);
  }
}
