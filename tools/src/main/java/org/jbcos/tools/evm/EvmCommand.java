package org.jbcos.tools.evm;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jbcos evm ...}: run bytecode and the Ethereum conformance tests. */
@Command(
    name = "evm",
    description = {
      "Run EVM bytecode, and check the EVM against the Ethereum GeneralStateTests.",
      "The EVM follows FISCO BCOS 2.x: Petersburg opcodes and gas (ConstantinopleFix)."
    },
    subcommands = {StateTestCommand.class, RunCommand.class})
public final class EvmCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
