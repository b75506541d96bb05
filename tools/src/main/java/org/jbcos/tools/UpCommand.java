package org.jbcos.tools;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jbcos up}: will build and start a local 4-node chain once the node lands. */
@Command(
    name = "up",
    description = "Build and start a local 4-node chain (not available yet in this release).")
final class UpCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println(
            "error: 'jbcos up' is not available yet: this release has the crypto, codecs and"
                + " protocol formats but no node. See README.md, 'Status'.");
    return 3;
  }
}
