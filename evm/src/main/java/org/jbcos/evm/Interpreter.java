package org.jbcos.evm;

import static org.jbcos.evm.Opcodes.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbcos.evm.gas.GasSchedule;
import org.jbcos.evm.worldstate.WorldState;

/**
 * The opcode loop of one frame. Stack depth and the constant part of each opcode's gas are checked
 * from tables before the switch; the cases charge only the dynamic part (memory, copies, calls).
 * Halts are return values, never exceptions.
 */
final class Interpreter {
  private static final int[] STACK_IN = new int[256];
  private static final int[] STACK_OUT = new int[256];

  static {
    Arrays.fill(STACK_IN, -1);
    io(STOP, 0, 0);
    for (int op : new int[] {ADD, MUL, SUB, DIV, SDIV, MOD, SMOD, EXP, SIGNEXTEND}) {
      io(op, 2, 1);
    }
    io(ADDMOD, 3, 1);
    io(MULMOD, 3, 1);
    for (int op : new int[] {LT, GT, SLT, SGT, EQ, AND, OR, XOR, BYTE, SHL, SHR, SAR, SHA3}) {
      io(op, 2, 1);
    }
    io(ISZERO, 1, 1);
    io(NOT, 1, 1);
    for (int op : new int[] {ADDRESS, ORIGIN, CALLER, CALLVALUE, CALLDATASIZE, CODESIZE}) {
      io(op, 0, 1);
    }
    for (int op : new int[] {GASPRICE, RETURNDATASIZE, COINBASE, TIMESTAMP, NUMBER, DIFFICULTY}) {
      io(op, 0, 1);
    }
    io(GASLIMIT, 0, 1);
    for (int op : new int[] {BALANCE, CALLDATALOAD, EXTCODESIZE, EXTCODEHASH, BLOCKHASH}) {
      io(op, 1, 1);
    }
    io(CALLDATACOPY, 3, 0);
    io(CODECOPY, 3, 0);
    io(RETURNDATACOPY, 3, 0);
    io(EXTCODECOPY, 4, 0);
    io(POP, 1, 0);
    io(MLOAD, 1, 1);
    io(MSTORE, 2, 0);
    io(MSTORE8, 2, 0);
    io(SLOAD, 1, 1);
    io(SSTORE, 2, 0);
    io(JUMP, 1, 0);
    io(JUMPI, 2, 0);
    io(PC, 0, 1);
    io(MSIZE, 0, 1);
    io(GAS, 0, 1);
    io(JUMPDEST, 0, 0);
    for (int i = 0; i < 32; i++) {
      io(PUSH1 + i, 0, 1);
    }
    for (int i = 0; i < 16; i++) {
      io(DUP1 + i, i + 1, i + 2);
      io(SWAP1 + i, i + 2, i + 2);
    }
    for (int i = 0; i <= 4; i++) {
      io(LOG0 + i, i + 2, 0);
    }
    io(CREATE, 3, 1);
    io(CREATE2, 4, 1);
    io(CALL, 7, 1);
    io(CALLCODE, 7, 1);
    io(DELEGATECALL, 6, 1);
    io(STATICCALL, 6, 1);
    io(RETURN, 2, 0);
    io(REVERT, 2, 0);
    io(SELFDESTRUCT, 1, 0);
    // INVALID (0xfe) stays undefined: it halts like any unknown opcode
  }

  private static void io(int op, int in, int out) {
    STACK_IN[op] = in;
    STACK_OUT[op] = out;
  }

  private final Evm evm;
  private final GasSchedule g;
  private final long[] baseGas = new long[256];

  Interpreter(Evm evm, GasSchedule g) {
    this.evm = evm;
    this.g = g;
    long[] b = baseGas;
    for (int op : new int[] {ADDRESS, ORIGIN, CALLER, CALLVALUE, CALLDATASIZE, CODESIZE}) {
      b[op] = 2;
    }
    for (int op : new int[] {GASPRICE, RETURNDATASIZE, COINBASE, TIMESTAMP, NUMBER, DIFFICULTY}) {
      b[op] = 2;
    }
    for (int op : new int[] {GASLIMIT, POP, PC, MSIZE, GAS}) {
      b[op] = 2;
    }
    for (int op : new int[] {ADD, SUB, LT, GT, SLT, SGT, EQ, ISZERO, AND, OR, XOR, NOT, BYTE}) {
      b[op] = 3;
    }
    for (int op : new int[] {SHL, SHR, SAR, CALLDATALOAD, MLOAD, MSTORE, MSTORE8}) {
      b[op] = 3;
    }
    for (int op : new int[] {CALLDATACOPY, CODECOPY, RETURNDATACOPY}) {
      b[op] = 3;
    }
    for (int i = 0; i < 32; i++) {
      b[PUSH1 + i] = 3;
    }
    for (int i = 0; i < 16; i++) {
      b[DUP1 + i] = 3;
      b[SWAP1 + i] = 3;
    }
    for (int op : new int[] {MUL, DIV, SDIV, MOD, SMOD, SIGNEXTEND}) {
      b[op] = 5;
    }
    b[ADDMOD] = 8;
    b[MULMOD] = 8;
    b[JUMP] = 8;
    b[JUMPI] = 10;
    b[EXP] = 10;
    b[JUMPDEST] = 1;
    b[SHA3] = 30;
    b[BLOCKHASH] = 20;
    b[BALANCE] = g.balance;
    b[EXTCODESIZE] = g.extcode;
    b[EXTCODECOPY] = g.extcode;
    b[EXTCODEHASH] = g.extcodehash;
    b[SLOAD] = g.sload;
    for (int i = 0; i <= 4; i++) {
      b[LOG0 + i] = 375L * (i + 1);
    }
    b[CREATE] = g.create;
    b[CREATE2] = g.create;
    b[CALL] = g.call;
    b[CALLCODE] = g.call;
    b[DELEGATECALL] = g.call;
    b[STATICCALL] = g.call;
    b[SELFDESTRUCT] = g.selfdestruct;
  }

  /** Runs the frame to its end; the frame then holds gas left, output, logs and refunds. */
  Halt run(Evm.Context ctx, Frame f) {
    final byte[] code = f.code;
    final long[] s = f.stack;
    final Memory mem = f.memory;
    final WorldState state = ctx.state();
    final Message msg = f.message;
    int sp = f.sp;
    int pc = f.pc;
    long gas = f.gas;
    Halt halt;
    loop:
    while (true) {
      if (pc >= code.length) {
        halt = Halt.SUCCESS;
        break;
      }
      int op = code[pc] & 0xff;
      int in = STACK_IN[op];
      if (in < 0) {
        halt = Halt.INVALID_INSTRUCTION;
        break;
      }
      if (sp < in) {
        halt = Halt.STACK_UNDERFLOW;
        break;
      }
      if (sp - in + STACK_OUT[op] > Frame.STACK_LIMIT) {
        halt = Halt.STACK_OVERFLOW;
        break;
      }
      gas -= baseGas[op];
      if (gas < 0) {
        halt = Halt.OUT_OF_GAS;
        break;
      }
      final int top = (sp - 1) * 4;
      final int second = top - 4;
      switch (op) {
        case STOP -> {
          halt = Halt.SUCCESS;
          break loop;
        }
        case ADD -> {
          Uint256.add(s, top, second);
          sp--;
        }
        case MUL -> {
          Uint256.mul(s, top, second);
          sp--;
        }
        case SUB -> {
          Uint256.sub(s, top, second);
          sp--;
        }
        case DIV -> {
          Uint256.div(s, top, second);
          sp--;
        }
        case SDIV -> {
          Uint256.sdiv(s, top, second);
          sp--;
        }
        case MOD -> {
          Uint256.mod(s, top, second);
          sp--;
        }
        case SMOD -> {
          Uint256.smod(s, top, second);
          sp--;
        }
        case ADDMOD -> {
          Uint256.addmod(s, top, second, second - 4);
          sp -= 2;
        }
        case MULMOD -> {
          Uint256.mulmod(s, top, second, second - 4);
          sp -= 2;
        }
        case EXP -> {
          gas -= g.expByte * Uint256.byteLength(s, second);
          if (gas < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          Uint256.exp(s, top, second);
          sp--;
        }
        case SIGNEXTEND -> {
          Uint256.signExtend(s, top, second);
          sp--;
        }
        case LT -> {
          Uint256.set(s, second, Uint256.compareUnsigned(s, top, second) < 0 ? 1 : 0);
          sp--;
        }
        case GT -> {
          Uint256.set(s, second, Uint256.compareUnsigned(s, top, second) > 0 ? 1 : 0);
          sp--;
        }
        case SLT -> {
          Uint256.set(s, second, Uint256.compareSigned(s, top, second) < 0 ? 1 : 0);
          sp--;
        }
        case SGT -> {
          Uint256.set(s, second, Uint256.compareSigned(s, top, second) > 0 ? 1 : 0);
          sp--;
        }
        case EQ -> {
          Uint256.set(s, second, Uint256.compareUnsigned(s, top, second) == 0 ? 1 : 0);
          sp--;
        }
        case ISZERO -> Uint256.set(s, top, Uint256.isZero(s, top) ? 1 : 0);
        case AND -> {
          for (int k = 0; k < 4; k++) {
            s[second + k] &= s[top + k];
          }
          sp--;
        }
        case OR -> {
          for (int k = 0; k < 4; k++) {
            s[second + k] |= s[top + k];
          }
          sp--;
        }
        case XOR -> {
          for (int k = 0; k < 4; k++) {
            s[second + k] ^= s[top + k];
          }
          sp--;
        }
        case NOT -> {
          for (int k = 0; k < 4; k++) {
            s[top + k] = ~s[top + k];
          }
        }
        case BYTE -> {
          Uint256.byteOp(s, top, second);
          sp--;
        }
        case SHL -> {
          Uint256.shl(s, top, second);
          sp--;
        }
        case SHR -> {
          Uint256.shr(s, top, second, false);
          sp--;
        }
        case SAR -> {
          Uint256.shr(s, top, second, true);
          sp--;
        }
        case SHA3 -> {
          long cost = memCost(mem, s, top, second);
          if (cost < 0 || (gas -= cost + 6 * words(s[second + 3])) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          long off = s[top + 3];
          long len = s[second + 3];
          mem.expand(off, len);
          byte[] h =
              len == 0
                  ? evm.hash().hash(Frame.EMPTY)
                  : evm.hash().hash(mem.raw(), (int) off, (int) len);
          pushBytes32(s, second, h);
          sp--;
        }
        case ADDRESS -> {
          pushAddress(s, sp * 4, msg.recipient());
          sp++;
        }
        case BALANCE -> {
          Address a = addressAt(s, top);
          Uint256.fromBig(s, top, state.balance(a));
        }
        case ORIGIN -> {
          pushAddress(s, sp * 4, ctx.tx().origin());
          sp++;
        }
        case CALLER -> {
          pushAddress(s, sp * 4, msg.sender());
          sp++;
        }
        case CALLVALUE -> {
          Uint256.fromBig(s, sp * 4, msg.value());
          sp++;
        }
        case CALLDATALOAD -> {
          byte[] input = msg.input();
          long off = Uint256.fitsLong(s, top) && s[top + 3] >= 0 ? s[top + 3] : Long.MAX_VALUE;
          byte[] word = new byte[32];
          if (off < input.length) {
            System.arraycopy(input, (int) off, word, 0, (int) Math.min(32, input.length - off));
          }
          pushBytes32(s, top, word);
        }
        case CALLDATASIZE -> {
          Uint256.set(s, sp * 4, msg.input().length);
          sp++;
        }
        case CALLDATACOPY, CODECOPY, RETURNDATACOPY -> {
          byte[] src = op == CALLDATACOPY ? msg.input() : op == CODECOPY ? code : f.returnData;
          int lenIdx = top - 8;
          long cost = memCost(mem, s, top, lenIdx);
          if (cost < 0 || (gas -= cost + 3 * words(s[lenIdx + 3])) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          long srcOff = Uint256.fitsLong(s, second) && s[second + 3] >= 0 ? s[second + 3] : -1;
          long len = s[lenIdx + 3];
          if (op == RETURNDATACOPY
              && (srcOff < 0 || srcOff + len > src.length || srcOff + len < 0)) {
            halt = Halt.RETURN_DATA_OUT_OF_BOUNDS;
            break loop;
          }
          mem.expand(s[top + 3], len);
          mem.writePadded(s[top + 3], src, srcOff < 0 ? Long.MAX_VALUE : srcOff, len);
          sp -= 3;
        }
        case CODESIZE -> {
          Uint256.set(s, sp * 4, code.length);
          sp++;
        }
        case GASPRICE -> {
          Uint256.fromBig(s, sp * 4, ctx.tx().gasPrice());
          sp++;
        }
        case EXTCODESIZE -> Uint256.set(s, top, evm.codeSize(ctx, addressAt(s, top)));
        case EXTCODECOPY -> {
          int memOffIdx = second;
          int codeOffIdx = second - 4;
          int lenIdx = second - 8;
          long cost = memCost(mem, s, memOffIdx, lenIdx);
          if (cost < 0 || (gas -= cost + 3 * words(s[lenIdx + 3])) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          byte[] ext = state.code(addressAt(s, top));
          long codeOff =
              Uint256.fitsLong(s, codeOffIdx) && s[codeOffIdx + 3] >= 0
                  ? s[codeOffIdx + 3]
                  : Long.MAX_VALUE;
          mem.expand(s[memOffIdx + 3], s[lenIdx + 3]);
          mem.writePadded(s[memOffIdx + 3], ext, codeOff, s[lenIdx + 3]);
          sp -= 4;
        }
        case RETURNDATASIZE -> {
          Uint256.set(s, sp * 4, f.returnData.length);
          sp++;
        }
        case EXTCODEHASH -> {
          Address a = addressAt(s, top);
          if (state.isEmpty(a)) {
            Uint256.set(s, top, 0);
          } else {
            pushBytes32(s, top, state.codeHash(a).toBytes());
          }
        }
        case BLOCKHASH -> {
          BlockContext b = ctx.block();
          long n = Uint256.fitsLong(s, top) && s[top + 3] >= 0 ? s[top + 3] : Long.MAX_VALUE;
          if (n < b.number() && n >= b.number() - 256) {
            pushBytes32(s, top, b.blockHashes().apply(n).toBytes());
          } else {
            Uint256.set(s, top, 0);
          }
        }
        case COINBASE -> {
          pushAddress(s, sp * 4, ctx.block().coinbase());
          sp++;
        }
        case TIMESTAMP -> {
          Uint256.set(s, sp * 4, ctx.block().timestamp());
          sp++;
        }
        case NUMBER -> {
          Uint256.set(s, sp * 4, ctx.block().number());
          sp++;
        }
        case DIFFICULTY -> {
          Uint256.fromBig(s, sp * 4, ctx.block().difficulty());
          sp++;
        }
        case GASLIMIT -> {
          Uint256.set(s, sp * 4, ctx.block().gasLimit());
          sp++;
        }
        case POP -> sp--;
        case MLOAD -> {
          long cost = memCost32(mem, s, top, 32);
          if (cost < 0 || (gas -= cost) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          mem.expand(s[top + 3], 32);
          mem.readWord(s[top + 3], s, top);
        }
        case MSTORE -> {
          long cost = memCost32(mem, s, top, 32);
          if (cost < 0 || (gas -= cost) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          mem.expand(s[top + 3], 32);
          mem.writeWord(s[top + 3], s, second);
          sp -= 2;
        }
        case MSTORE8 -> {
          long cost = memCost32(mem, s, top, 1);
          if (cost < 0 || (gas -= cost) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          mem.expand(s[top + 3], 1);
          mem.writeByte(s[top + 3], (byte) s[second + 3]);
          sp -= 2;
        }
        case SLOAD -> {
          Word v = state.storage(msg.recipient(), wordAt(s, top));
          setWord(s, top, v);
        }
        case SSTORE -> {
          if (msg.isStatic()) {
            halt = Halt.STATIC_STATE_CHANGE;
            break loop;
          }
          if (!state.mayWriteStorage(ctx.tx().origin(), msg.recipient())) {
            halt = Halt.PERMISSION_DENIED;
            break loop;
          }
          Word key = wordAt(s, top);
          Word value = wordAt(s, second);
          Word current = state.storage(msg.recipient(), key);
          long cost = current.isZero() && !value.isZero() ? g.sstoreSet : g.sstoreReset;
          if ((gas -= cost) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          if (!current.isZero() && value.isZero()) {
            f.refund += g.sstoreClearRefund;
          }
          state.setStorage(msg.recipient(), key, value);
          sp -= 2;
        }
        case JUMP -> {
          int dest = jumpTarget(s, top, f);
          if (dest < 0) {
            halt = Halt.BAD_JUMP_DESTINATION;
            break loop;
          }
          sp--;
          pc = dest;
          continue;
        }
        case JUMPI -> {
          if (!Uint256.isZero(s, second)) {
            int dest = jumpTarget(s, top, f);
            if (dest < 0) {
              halt = Halt.BAD_JUMP_DESTINATION;
              break loop;
            }
            sp -= 2;
            pc = dest;
            continue;
          }
          sp -= 2;
        }
        case PC -> {
          Uint256.set(s, sp * 4, pc);
          sp++;
        }
        case MSIZE -> {
          Uint256.set(s, sp * 4, mem.sizeInBytes());
          sp++;
        }
        case GAS -> {
          Uint256.set(s, sp * 4, gas);
          sp++;
        }
        case JUMPDEST -> {
          // a marker only
        }
        case LOG0, LOG0 + 1, LOG0 + 2, LOG0 + 3, LOG4 -> {
          if (msg.isStatic()) {
            halt = Halt.STATIC_STATE_CHANGE;
            break loop;
          }
          int topics = op - LOG0;
          long cost = memCost(mem, s, top, second);
          if (cost < 0 || (gas -= cost + 8 * s[second + 3]) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          mem.expand(s[top + 3], s[second + 3]);
          byte[] data = mem.read(s[top + 3], s[second + 3]);
          List<Word> t = new ArrayList<>(topics);
          for (int i = 0; i < topics; i++) {
            t.add(wordAt(s, second - 4 * (i + 1)));
          }
          f.addLog(new Log(msg.recipient(), t, data));
          sp -= 2 + topics;
        }
        case CREATE, CREATE2 -> {
          if (msg.isStatic()) {
            halt = Halt.STATIC_STATE_CHANGE;
            break loop;
          }
          int offIdx = second;
          int lenIdx = second - 4;
          long cost = memCost(mem, s, offIdx, lenIdx);
          if (cost < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          if (op == CREATE2) {
            cost += 6 * words(s[lenIdx + 3]);
          }
          if ((gas -= cost) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          mem.expand(s[offIdx + 3], s[lenIdx + 3]);
          BigInteger value = Uint256.toBig(s, top);
          byte[] init = mem.read(s[offIdx + 3], s[lenIdx + 3]);
          Word salt = op == CREATE2 ? wordAt(s, lenIdx - 4) : Word.ZERO;
          int resultIdx = op == CREATE2 ? lenIdx - 4 : lenIdx;
          sp -= op == CREATE2 ? 3 : 2;
          long childGas = g.eip150 ? gas - gas / 64 : gas;
          gas -= childGas;
          f.returnData = Frame.EMPTY;
          if (msg.depth() >= Evm.MAX_CALL_DEPTH
              || state.balance(msg.recipient()).compareTo(value) < 0) {
            gas += childGas;
            Uint256.set(s, resultIdx, 0);
          } else {
            Message child =
                new Message(
                    op == CREATE ? Message.Kind.CREATE : Message.Kind.CREATE2,
                    msg.recipient(),
                    Address.ZERO,
                    Address.ZERO,
                    value,
                    init,
                    childGas,
                    msg.depth() + 1,
                    false);
            f.gas = gas;
            MessageResult r = evm.run(ctx, child, f, salt);
            gas += r.gasLeft();
            if (r.halt() == Halt.SUCCESS) {
              f.absorb(r);
              pushAddress(s, resultIdx, r.createdAddress().orElseThrow());
            } else {
              Uint256.set(s, resultIdx, 0);
              if (r.halt() == Halt.REVERT) {
                f.returnData = r.output();
              }
            }
          }
        }
        case CALL, CALLCODE, DELEGATECALL, STATICCALL -> {
          boolean hasValue = op == CALL || op == CALLCODE;
          int argBase = hasValue ? top - 12 : top - 8; // index of inOffset
          BigInteger value = hasValue ? Uint256.toBig(s, top - 8) : BigInteger.ZERO;
          boolean transfers = value.signum() != 0;
          if (op == CALL && transfers && msg.isStatic()) {
            halt = Halt.STATIC_STATE_CHANGE;
            break loop;
          }
          Address target = addressAt(s, second);
          int inOff = argBase;
          int inLen = argBase - 4;
          int outOff = argBase - 8;
          int outLen = argBase - 12;
          long memCost = memCost2(mem, s, inOff, inLen, outOff, outLen);
          if (memCost < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          long cost = memCost;
          if (transfers) {
            cost += g.callValue;
          }
          if (op == CALL) {
            boolean newAccount =
                g.eip158 ? transfers && state.isEmpty(target) : !state.exists(target);
            if (newAccount) {
              cost += g.newAccount;
            }
          }
          if ((gas -= cost) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          mem.expand(s[inOff + 3], s[inLen + 3]);
          mem.expand(s[outOff + 3], s[outLen + 3]);
          long childGas;
          if (g.eip150) {
            long cap = gas - gas / 64;
            childGas =
                Uint256.fitsLong(s, top) && s[top + 3] >= 0 ? Math.min(s[top + 3], cap) : cap;
          } else {
            if (!Uint256.fitsLong(s, top) || s[top + 3] < 0 || s[top + 3] > gas) {
              halt = Halt.OUT_OF_GAS;
              break loop;
            }
            childGas = s[top + 3];
          }
          gas -= childGas;
          if (transfers) {
            childGas += g.callStipend;
          }
          byte[] input = mem.read(s[inOff + 3], s[inLen + 3]);
          long outOffset = s[outOff + 3];
          long outLength = s[outLen + 3];
          int resultIdx = outLen;
          sp -= hasValue ? 6 : 5;
          f.returnData = Frame.EMPTY;
          if (msg.depth() >= Evm.MAX_CALL_DEPTH
              || (transfers && state.balance(msg.recipient()).compareTo(value) < 0)) {
            gas += childGas;
            Uint256.set(s, resultIdx, 0);
          } else {
            Message child =
                switch (op) {
                  case CALL ->
                      new Message(
                          Message.Kind.CALL,
                          msg.recipient(),
                          target,
                          target,
                          value,
                          input,
                          childGas,
                          msg.depth() + 1,
                          msg.isStatic());
                  case CALLCODE ->
                      new Message(
                          Message.Kind.CALLCODE,
                          msg.recipient(),
                          msg.recipient(),
                          target,
                          value,
                          input,
                          childGas,
                          msg.depth() + 1,
                          msg.isStatic());
                  case DELEGATECALL ->
                      new Message(
                          Message.Kind.DELEGATECALL,
                          msg.sender(),
                          msg.recipient(),
                          target,
                          msg.value(),
                          input,
                          childGas,
                          msg.depth() + 1,
                          msg.isStatic());
                  default ->
                      new Message(
                          Message.Kind.STATICCALL,
                          msg.recipient(),
                          target,
                          target,
                          BigInteger.ZERO,
                          input,
                          childGas,
                          msg.depth() + 1,
                          true);
                };
            f.gas = gas;
            MessageResult r = evm.run(ctx, child, f, Word.ZERO);
            gas += r.gasLeft();
            f.returnData = r.output();
            long n = Math.min(outLength, r.output().length);
            if (n > 0) {
              mem.writePadded(outOffset, r.output(), 0, n);
            }
            if (r.halt() == Halt.SUCCESS) {
              f.absorb(r);
              Uint256.set(s, resultIdx, 1);
            } else {
              Uint256.set(s, resultIdx, 0);
            }
          }
        }
        case RETURN, REVERT -> {
          long cost = memCost(mem, s, top, second);
          if (cost < 0 || (gas -= cost) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          mem.expand(s[top + 3], s[second + 3]);
          f.output = mem.read(s[top + 3], s[second + 3]);
          halt = op == RETURN ? Halt.SUCCESS : Halt.REVERT;
          break loop;
        }
        case SELFDESTRUCT -> {
          if (msg.isStatic()) {
            halt = Halt.STATIC_STATE_CHANGE;
            break loop;
          }
          Address beneficiary = addressAt(s, top);
          Address self = msg.recipient();
          BigInteger balance = state.balance(self);
          boolean newAccount =
              g.eip158
                  ? balance.signum() != 0 && state.isEmpty(beneficiary)
                  : g.eip150 && !state.exists(beneficiary);
          if (newAccount && (gas -= g.newAccount) < 0) {
            halt = Halt.OUT_OF_GAS;
            break loop;
          }
          if (!f.hasSelfDestructed(self)) {
            f.refund += g.selfdestructRefund;
          }
          state.setBalance(beneficiary, state.balance(beneficiary).add(balance));
          state.setBalance(self, BigInteger.ZERO);
          f.selfDestructsOrNew().add(self);
          sp--;
          halt = Halt.SUCCESS;
          break loop;
        }
        case PUSH1,
            PUSH1 + 1,
            PUSH1 + 2,
            PUSH1 + 3,
            PUSH1 + 4,
            PUSH1 + 5,
            PUSH1 + 6,
            PUSH1 + 7,
            PUSH1 + 8,
            PUSH1 + 9,
            PUSH1 + 10,
            PUSH1 + 11,
            PUSH1 + 12,
            PUSH1 + 13,
            PUSH1 + 14,
            PUSH1 + 15,
            PUSH1 + 16,
            PUSH1 + 17,
            PUSH1 + 18,
            PUSH1 + 19,
            PUSH1 + 20,
            PUSH1 + 21,
            PUSH1 + 22,
            PUSH1 + 23,
            PUSH1 + 24,
            PUSH1 + 25,
            PUSH1 + 26,
            PUSH1 + 27,
            PUSH1 + 28,
            PUSH1 + 29,
            PUSH1 + 30,
            PUSH32 -> {
          int n = op - PUSH1 + 1;
          int dst = sp * 4;
          s[dst] = 0;
          s[dst + 1] = 0;
          s[dst + 2] = 0;
          if (n <= 8 && pc + n < code.length) {
            long v = 0;
            // "i < end", not "i <= pc + n": C2 guards an inclusive bound with a loop-limit check
            // that kept deoptimising and recompiling this whole method under load
            int end = pc + 1 + n;
            for (int i = pc + 1; i < end; i++) {
              v = (v << 8) | (code[i] & 0xffL);
            }
            s[dst + 3] = v;
          } else {
            s[dst + 3] = 0;
            int end = Math.min(pc + 1 + n, code.length);
            for (int i = pc + 1, bytePos = 32 - n; i < end; i++, bytePos++) {
              s[dst + (bytePos >>> 3)] |= (code[i] & 0xffL) << (8 * (7 - (bytePos & 7)));
            }
          }
          sp++;
          pc += n + 1;
          continue;
        }
        case DUP1,
            DUP1 + 1,
            DUP1 + 2,
            DUP1 + 3,
            DUP1 + 4,
            DUP1 + 5,
            DUP1 + 6,
            DUP1 + 7,
            DUP1 + 8,
            DUP1 + 9,
            DUP1 + 10,
            DUP1 + 11,
            DUP1 + 12,
            DUP1 + 13,
            DUP1 + 14,
            DUP16 -> {
          System.arraycopy(s, (sp - 1 - (op - DUP1)) * 4, s, sp * 4, 4);
          sp++;
        }
        case SWAP1,
            SWAP1 + 1,
            SWAP1 + 2,
            SWAP1 + 3,
            SWAP1 + 4,
            SWAP1 + 5,
            SWAP1 + 6,
            SWAP1 + 7,
            SWAP1 + 8,
            SWAP1 + 9,
            SWAP1 + 10,
            SWAP1 + 11,
            SWAP1 + 12,
            SWAP1 + 13,
            SWAP1 + 14,
            SWAP16 -> {
          int other = (sp - 2 - (op - SWAP1)) * 4;
          for (int k = 0; k < 4; k++) {
            long t = s[top + k];
            s[top + k] = s[other + k];
            s[other + k] = t;
          }
        }
        default -> {
          halt = Halt.INVALID_INSTRUCTION;
          break loop;
        }
      }
      pc++;
    }
    f.sp = sp;
    f.pc = pc;
    f.gas = halt.returnsGas() ? gas : 0;
    return halt;
  }

  private static long words(long bytes) {
    return (bytes + 31) >>> 5;
  }

  /** Memory cost for the range (offset at {@code offIdx}, length at {@code lenIdx}); -1 if huge. */
  private static long memCost(Memory mem, long[] s, int offIdx, int lenIdx) {
    if (Uint256.isZero(s, lenIdx)) {
      return 0;
    }
    if (!Uint256.fitsLong(s, offIdx) || !Uint256.fitsLong(s, lenIdx)) {
      return -1;
    }
    return mem.expansionCost(s[offIdx + 3], s[lenIdx + 3]);
  }

  private static long memCost32(Memory mem, long[] s, int offIdx, int length) {
    if (!Uint256.fitsLong(s, offIdx)) {
      return -1;
    }
    return mem.expansionCost(s[offIdx + 3], length);
  }

  /** Cost of covering both ranges (CALL's input and output areas). */
  private static long memCost2(Memory mem, long[] s, int off1, int len1, int off2, int len2) {
    long c1 = memCost(mem, s, off1, len1);
    long c2 = memCost(mem, s, off2, len2);
    if (c1 < 0 || c2 < 0) {
      return -1;
    }
    long end1 = Uint256.isZero(s, len1) ? 0 : s[off1 + 3] + s[len1 + 3];
    long end2 = Uint256.isZero(s, len2) ? 0 : s[off2 + 3] + s[len2 + 3];
    long end = Math.max(end1, end2);
    return end == 0 ? 0 : mem.expansionCost(0, end);
  }

  private static int jumpTarget(long[] s, int idx, Frame f) {
    if (!Uint256.fitsLong(s, idx)) {
      return -1;
    }
    long dest = s[idx + 3];
    if (dest < 0 || dest >= f.code.length || !f.jumpDests.get((int) dest)) {
      return -1;
    }
    return (int) dest;
  }

  private static Address addressAt(long[] s, int idx) {
    byte[] b = new byte[20];
    long hi = s[idx + 1];
    for (int k = 0; k < 4; k++) {
      b[k] = (byte) (hi >>> (24 - 8 * k));
    }
    for (int limb = 2; limb < 4; limb++) {
      long v = s[idx + limb];
      for (int k = 0; k < 8; k++) {
        b[4 + (limb - 2) * 8 + k] = (byte) (v >>> (56 - 8 * k));
      }
    }
    return Address.wrap(b);
  }

  private static void pushAddress(long[] s, int idx, Address a) {
    setWord(s, idx, a.toWord());
  }

  private static Word wordAt(long[] s, int idx) {
    return new Word(s[idx], s[idx + 1], s[idx + 2], s[idx + 3]);
  }

  private static void setWord(long[] s, int idx, Word w) {
    s[idx] = w.limb(0);
    s[idx + 1] = w.limb(1);
    s[idx + 2] = w.limb(2);
    s[idx + 3] = w.limb(3);
  }

  private static void pushBytes32(long[] s, int idx, byte[] b32) {
    for (int limb = 0; limb < 4; limb++) {
      long v = 0;
      for (int k = 0; k < 8; k++) {
        v = (v << 8) | (b32[limb * 8 + k] & 0xffL);
      }
      s[idx + limb] = v;
    }
  }
}
