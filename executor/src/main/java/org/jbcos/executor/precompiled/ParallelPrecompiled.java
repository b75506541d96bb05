package org.jbcos.executor.precompiled;

import java.util.List;
import java.util.Optional;
import org.jbcos.storage.TableFactory;

/**
 * A system contract whose calls declare what they touch (2.9's {@code isParallelPrecompiled} and
 * {@code getParallelTag}), so that calls with disjoint tags may run at the same time.
 */
public interface ParallelPrecompiled {
  /**
   * The conflict tags of a call with {@code input}, read against the state at the start of the
   * block: two calls whose tags are disjoint touch disjoint rows. An empty list means the call
   * touches nothing another call writes; {@link Optional#empty()} means the call must run alone
   * (for example because it would create a table).
   */
  Optional<List<String>> conflictTags(byte[] input, TableFactory blockStart);
}
