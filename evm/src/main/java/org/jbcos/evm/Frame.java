package org.jbcos.evm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The mutable state of one executing call frame. */
final class Frame {
  static final int STACK_LIMIT = 1024;
  static final byte[] EMPTY = new byte[0];

  final Message message;
  final byte[] code;
  final BitSet jumpDests;
  final Frame parent;
  final long[] stack;
  final Memory memory = new Memory();
  int sp;
  int pc;
  long gas;
  long refund;
  byte[] returnData = EMPTY;
  byte[] output = EMPTY;
  List<Log> logs;
  Set<Address> selfDestructs;

  Frame(Message message, byte[] code, BitSet jumpDests, Frame parent) {
    this.message = message;
    this.code = code;
    this.jumpDests = jumpDests;
    this.parent = parent;
    this.gas = message.gas();
    long[][] stacks = STACKS.get();
    long[] reusable = stacks[message.depth()];
    if (reusable == null) {
      reusable = new long[STACK_LIMIT * 4];
      stacks[message.depth()] = reusable;
    }
    this.stack = reusable;
  }

  /**
   * One operand stack per call depth and thread, reused: frames at the same depth on one thread
   * never overlap, and allocating 32 KiB per call dominated call-heavy contracts.
   */
  private static final ThreadLocal<long[][]> STACKS =
      ThreadLocal.withInitial(() -> new long[Evm.MAX_CALL_DEPTH + 1][]);

  void addLog(Log log) {
    if (logs == null) {
      logs = new ArrayList<>();
    }
    logs.add(log);
  }

  /** Takes over the logs, refunds and self-destructs of a child frame that succeeded. */
  void absorb(MessageResult child) {
    if (!child.logs().isEmpty()) {
      if (logs == null) {
        logs = new ArrayList<>();
      }
      logs.addAll(child.logs());
    }
    refund += child.gasRefund();
    if (!child.selfDestructs().isEmpty()) {
      selfDestructsOrNew().addAll(child.selfDestructs());
    }
  }

  Set<Address> selfDestructsOrNew() {
    if (selfDestructs == null) {
      selfDestructs = new LinkedHashSet<>();
    }
    return selfDestructs;
  }

  /** True if this frame or a caller already self-destructed {@code address} in this tx. */
  boolean hasSelfDestructed(Address address) {
    for (Frame f = this; f != null; f = f.parent) {
      if (f.selfDestructs != null && f.selfDestructs.contains(address)) {
        return true;
      }
    }
    return false;
  }

  List<Log> logsOrEmpty() {
    return logs == null ? List.of() : logs;
  }

  Set<Address> selfDestructsOrEmpty() {
    return selfDestructs == null ? Set.of() : selfDestructs;
  }
}
