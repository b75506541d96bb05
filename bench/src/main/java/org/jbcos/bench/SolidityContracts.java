package org.jbcos.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.fisco.solc.compiler.CompilationResult;
import org.fisco.solc.compiler.SolidityCompiler;
import org.jbcos.crypto.Hex;

/** The benchmarks' contracts (bench/src/main/resources/contracts), compiled by solc 0.4.25. */
public final class SolidityContracts {
  private SolidityContracts() {}

  /**
   * The creation code of {@code contract} in the resource {@code /contracts/<file>}, compiled by
   * the ECDSA compiler or, with {@code sm}, the SM one (SM3 selectors).
   */
  public static byte[] compile(String file, String contract, boolean sm) {
    try (InputStream in = SolidityContracts.class.getResourceAsStream("/contracts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("/contracts/" + file + " is missing from the classpath");
      }
      SolidityCompiler.Result r =
          SolidityCompiler.compile(
              in.readAllBytes(),
              sm,
              true,
              SolidityCompiler.Options.ABI,
              SolidityCompiler.Options.BIN);
      if (r.isFailed()) {
        throw new IllegalStateException(r.getErrors());
      }
      return Hex.decode(CompilationResult.parse(r.getOutput()).getContract(contract).bin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
