package org.jbcos.evm;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Valid JUMPDEST positions of a code (those not inside PUSH data), cached per code hash so that a
 * contract called many times is analysed once.
 */
final class JumpDestinations {
  private static final int CACHE_ENTRIES = 4096;

  private final Map<Word, BitSet> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Word, BitSet> eldest) {
          return size() > CACHE_ENTRIES;
        }
      };

  /** Analysis of {@code code}, cached under {@code codeHash} when it is not null. */
  BitSet of(byte[] code, Word codeHash) {
    if (codeHash == null) {
      return analyse(code);
    }
    synchronized (cache) {
      BitSet cached = cache.get(codeHash);
      if (cached != null) {
        return cached;
      }
    }
    BitSet fresh = analyse(code);
    synchronized (cache) {
      cache.put(codeHash, fresh);
    }
    return fresh;
  }

  static BitSet analyse(byte[] code) {
    BitSet valid = new BitSet(code.length);
    for (int pc = 0; pc < code.length; pc++) {
      int op = code[pc] & 0xff;
      if (op == Opcodes.JUMPDEST) {
        valid.set(pc);
      } else if (op >= Opcodes.PUSH1 && op <= Opcodes.PUSH32) {
        pc += op - Opcodes.PUSH1 + 1;
      }
    }
    return valid;
  }
}
