package org.jbcos.tools;

import org.jbcos.tools.chain.BuildChainCommand;
import org.jbcos.tools.evm.EvmCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jbcos} command: one entry point for every operator tool. */
@Command(
    name = "jbcos",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "JBCOS: a Java node for FISCO BCOS 2.x chains.",
    subcommands = {
      VersionCommand.class,
      TxCommand.class,
      NodeCommand.class,
      UpCommand.class,
      DownCommand.class,
      BuildChainCommand.class,
      EvmCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Run 'jbcos <command> --help' for the options of a command.",
      "Later releases add: console."
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line; tests redirect its output with setOut/setErr. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(
            (e, cmd, parseResult) -> {
              cmd.getErr().println("error: " + e.getMessage());
              return 1;
            });
  }
}
