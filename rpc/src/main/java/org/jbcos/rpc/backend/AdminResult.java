package org.jbcos.rpc.backend;

/**
 * A group or peer management answer.
 *
 * @param code FISCO's LedgerManagementStatusCode: 0 success, 1 internal error, 2 group already
 *     exists, … 0xe group has not been deleted (sdk-wire.md §2.2)
 * @param message free text, empty on success
 */
public record AdminResult(int code, String message) {
  public static AdminResult success() {
    return new AdminResult(0, "");
  }
}
