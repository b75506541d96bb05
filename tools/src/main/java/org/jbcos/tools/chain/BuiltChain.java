package org.jbcos.tools.chain;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated chain.
 *
 * @param output the absolute output directory
 * @param nodeIds every node's id by node, in plan order
 */
public record BuiltChain(Path output, Map<PlannedNode, String> nodeIds) {
  public BuiltChain {
    nodeIds = Collections.unmodifiableMap(new LinkedHashMap<>(nodeIds));
  }

  public List<PlannedNode> nodes() {
    return List.copyOf(nodeIds.keySet());
  }
}
