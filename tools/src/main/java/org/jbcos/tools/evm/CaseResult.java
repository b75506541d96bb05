package org.jbcos.tools.evm;

import java.util.Optional;
import org.jbcos.evm.Word;

/**
 * The outcome of one index combination of a state test.
 *
 * @param test the test case
 * @param expected the expected post-state
 * @param actualRoot the state root after the transaction ({@link Word#ZERO} after an error)
 * @param actualLogs the logs hash after the transaction ({@link Word#ZERO} after an error)
 * @param error why the case could not be run to the end (e.g. the EVM threw), if it could not
 */
public record CaseResult(
    StateTest test,
    StateTest.PostState expected,
    Word actualRoot,
    Word actualLogs,
    Optional<String> error) {

  /** A case that could not be run. */
  static CaseResult error(StateTest test, StateTest.PostState expected, String error) {
    return new CaseResult(test, expected, Word.ZERO, Word.ZERO, Optional.of(error));
  }

  public boolean passed() {
    return error.isEmpty()
        && expected.stateRoot().equals(actualRoot)
        && expected.logsHash().equals(actualLogs);
  }

  /** "file test d=0 g=0 v=0", the case's name in reports. */
  public String name() {
    return test.file() + " " + test.name() + " " + expected.indexes();
  }

  /** One report line: PASS or FAIL, the case, and for a failure what differs. */
  public String describe() {
    if (passed()) {
      return "PASS " + name();
    }
    if (error.isPresent()) {
      return "FAIL " + name() + ": " + error.get();
    }
    StringBuilder line = new StringBuilder("FAIL ").append(name()).append(':');
    if (!expected.stateRoot().equals(actualRoot)) {
      line.append(" root expected ")
          .append(expected.stateRoot())
          .append(" actual ")
          .append(actualRoot);
    }
    if (!expected.logsHash().equals(actualLogs)) {
      line.append(" logs expected ")
          .append(expected.logsHash())
          .append(" actual ")
          .append(actualLogs);
    }
    return line.toString();
  }
}
