package org.jbcos.codec.rlp;

import java.util.List;

/** An RLP list of items. */
public record RlpList(List<RlpItem> items) implements RlpItem {
  public RlpList {
    items = List.copyOf(items);
  }

  public int size() {
    return items.size();
  }

  public RlpItem get(int index) {
    return items.get(index);
  }

  /** Fails unless the list has exactly {@code n} items. */
  public RlpList requireSize(String what, int n) {
    if (items.size() != n) {
      throw new RlpException(what + " must have " + n + " RLP items, found " + items.size());
    }
    return this;
  }
}
