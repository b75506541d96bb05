package org.jbcos.node.config;

import java.util.Locale;

/**
 * {@code group.N.genesis [state] type}: contract state in tables ({@code storage}, the default) or
 * in a Merkle Patricia trie ({@code mpt}).
 */
public enum StateType {
  STORAGE,
  MPT;

  /** The word in the file. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
