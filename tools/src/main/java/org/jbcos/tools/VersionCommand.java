package org.jbcos.tools;

import java.util.concurrent.Callable;
import org.jbcos.crypto.CryptoSuite;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jbcos version}: what this build is and which crypto back ends it runs on. */
@Command(name = "version", description = "Print the JBCOS version and its crypto back ends.")
final class VersionCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The FISCO BCOS release line whose formats and behaviour JBCOS follows. */
  static final String FISCO_COMPATIBILITY = "2.9.0";

  static String version() {
    String v = VersionCommand.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public Integer call() {
    for (String line : new Provider().getVersion()) {
      spec.commandLine().getOut().println(line);
    }
    return 0;
  }

  /** Shared with {@code jbcos --version}. */
  static final class Provider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "JBCOS " + version(),
        "FISCO BCOS compatibility: " + FISCO_COMPATIBILITY + " (supported_version)",
        "Java: "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ")",
        "Crypto: ECDSA "
            + CryptoSuite.ecdsa().signatureAlgorithm().name()
            + ", SM "
            + CryptoSuite.sm().signatureAlgorithm().name()
      };
    }
  }
}
