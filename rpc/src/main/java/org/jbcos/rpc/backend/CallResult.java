package org.jbcos.rpc.backend;

/**
 * The result of {@code call}.
 *
 * @param currentBlockNumber the block whose state the call ran on
 * @param status a receipt status code (0 = success)
 * @param output the return data or revert data
 */
public record CallResult(long currentBlockNumber, int status, byte[] output) {
  public CallResult {
    output = output.clone();
  }
}
