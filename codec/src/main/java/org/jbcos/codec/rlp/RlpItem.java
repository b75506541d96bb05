package org.jbcos.codec.rlp;

/** A decoded RLP value: a byte string or a list of items. */
public sealed interface RlpItem permits RlpString, RlpList {
  /** This item as a string, or an exception naming {@code what} was expected. */
  default RlpString asString(String what) {
    if (this instanceof RlpString s) {
      return s;
    }
    throw new RlpException(what + " must be an RLP string, found a list");
  }

  /** This item as a list, or an exception naming {@code what} was expected. */
  default RlpList asList(String what) {
    if (this instanceof RlpList l) {
      return l;
    }
    throw new RlpException(what + " must be an RLP list, found a string");
  }
}
