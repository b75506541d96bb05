package org.jbcos.codec.abi;

/**
 * A value that cannot be encoded, bytes that are not a valid encoding, or a malformed type or
 * signature. The message names the type and, when decoding, the byte offset of the problem; when
 * encoding, the path to the offending value (for example {@code argument 1[3].0}).
 */
public class AbiException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String detail;

  public AbiException(String message) {
    this("", message);
  }

  private AbiException(String path, String detail) {
    super(path.isEmpty() ? detail : "at " + path + ": " + detail);
    this.path = path;
    this.detail = detail;
  }

  /**
   * The same problem, located one level further out: {@code "argument 2"}, {@code "[5]"} for an
   * array element, {@code ".1"} for a tuple component.
   */
  AbiException within(String outerSegment) {
    AbiException outer = new AbiException(outerSegment + path, detail);
    outer.setStackTrace(getStackTrace());
    return outer;
  }
}
