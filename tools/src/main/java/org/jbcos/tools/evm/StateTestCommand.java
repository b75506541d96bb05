package org.jbcos.tools.evm;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jbcos evm state-test PATH...}: runs GeneralStateTests files and counts the results. */
@Command(
    name = "state-test",
    description = {
      "Run Ethereum GeneralStateTests (JSON fixtures of ethereum/tests) against the EVM.",
      "Every expected post-state of the fork is one case: the transaction with its data, gas"
          + " and value indexes runs on the pre-state, then the Merkle-Patricia state root and the"
          + " logs hash are compared with the expected ones.",
      "Prints one line per failing case (a file that cannot be parsed is one failing case) and"
          + " ends with the line 'N passed, M failed'. Tests with no post-state for the fork are"
          + " skipped and not counted."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every case passed", "1:some case failed", "2:bad usage"})
final class StateTestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "State-test JSON files, or folders searched recursively for *.json files.")
  List<Path> paths;

  @Option(
      names = "--fork",
      paramLabel = "NAME",
      defaultValue = StateTestRunner.DEFAULT_FORK,
      description =
          "The fork whose post-states are checked (default: ${DEFAULT-VALUE}, i.e. Petersburg,"
              + " the rules of FISCO BCOS 2.x; no other fork is supported).")
  String fork;

  @Option(
      names = "--filter",
      paramLabel = "REGEX",
      description = "Run only the tests whose name contains a match of REGEX.")
  Pattern filter;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print a PASS line for each passing case too.")
  boolean verbose;

  private int passed;
  private int failed;

  @Override
  public Integer call() {
    StateTestRunner runner;
    try {
      runner = new StateTestRunner(fork);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--fork: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    StateTestLoader loader = new StateTestLoader();
    for (Path file : jsonFiles(out)) {
      List<StateTest> tests;
      try {
        tests = loader.load(file);
      } catch (StateTestFormatException e) {
        fail(out, e.getMessage());
        continue;
      }
      for (StateTest test : tests) {
        if (filter == null || filter.matcher(test.name()).find()) {
          report(out, runner.run(test));
        }
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    return failed == 0 ? 0 : 1;
  }

  private void report(PrintWriter out, List<CaseResult> results) {
    for (CaseResult r : results) {
      if (r.passed()) {
        passed++;
        if (verbose) {
          out.println(r.describe());
        }
      } else {
        failed++;
        out.println(r.describe());
      }
    }
  }

  private void fail(PrintWriter out, String message) {
    failed++;
    out.println("FAIL " + message.replace('\n', ' '));
  }

  /** The files to run, in a stable order; a missing or unreadable path is a failing case. */
  private List<Path> jsonFiles(PrintWriter out) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        files.add(path);
      } else if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
              .sorted()
              .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          fail(out, path + ": cannot list the folder: " + e.getMessage());
        }
      } else {
        fail(out, path + ": no such file or folder");
      }
    }
    return files;
  }
}
