package org.jbcos.evm;

/** Opcode numbers of the Petersburg instruction set and their mnemonics. */
public final class Opcodes {
  static final int STOP = 0x00;
  static final int ADD = 0x01;
  static final int MUL = 0x02;
  static final int SUB = 0x03;
  static final int DIV = 0x04;
  static final int SDIV = 0x05;
  static final int MOD = 0x06;
  static final int SMOD = 0x07;
  static final int ADDMOD = 0x08;
  static final int MULMOD = 0x09;
  static final int EXP = 0x0a;
  static final int SIGNEXTEND = 0x0b;
  static final int LT = 0x10;
  static final int GT = 0x11;
  static final int SLT = 0x12;
  static final int SGT = 0x13;
  static final int EQ = 0x14;
  static final int ISZERO = 0x15;
  static final int AND = 0x16;
  static final int OR = 0x17;
  static final int XOR = 0x18;
  static final int NOT = 0x19;
  static final int BYTE = 0x1a;
  static final int SHL = 0x1b;
  static final int SHR = 0x1c;
  static final int SAR = 0x1d;
  static final int SHA3 = 0x20;
  static final int ADDRESS = 0x30;
  static final int BALANCE = 0x31;
  static final int ORIGIN = 0x32;
  static final int CALLER = 0x33;
  static final int CALLVALUE = 0x34;
  static final int CALLDATALOAD = 0x35;
  static final int CALLDATASIZE = 0x36;
  static final int CALLDATACOPY = 0x37;
  static final int CODESIZE = 0x38;
  static final int CODECOPY = 0x39;
  static final int GASPRICE = 0x3a;
  static final int EXTCODESIZE = 0x3b;
  static final int EXTCODECOPY = 0x3c;
  static final int RETURNDATASIZE = 0x3d;
  static final int RETURNDATACOPY = 0x3e;
  static final int EXTCODEHASH = 0x3f;
  static final int BLOCKHASH = 0x40;
  static final int COINBASE = 0x41;
  static final int TIMESTAMP = 0x42;
  static final int NUMBER = 0x43;
  static final int DIFFICULTY = 0x44;
  static final int GASLIMIT = 0x45;
  static final int POP = 0x50;
  static final int MLOAD = 0x51;
  static final int MSTORE = 0x52;
  static final int MSTORE8 = 0x53;
  static final int SLOAD = 0x54;
  static final int SSTORE = 0x55;
  static final int JUMP = 0x56;
  static final int JUMPI = 0x57;
  static final int PC = 0x58;
  static final int MSIZE = 0x59;
  static final int GAS = 0x5a;
  static final int JUMPDEST = 0x5b;
  static final int PUSH1 = 0x60;
  static final int PUSH32 = 0x7f;
  static final int DUP1 = 0x80;
  static final int DUP16 = 0x8f;
  static final int SWAP1 = 0x90;
  static final int SWAP16 = 0x9f;
  static final int LOG0 = 0xa0;
  static final int LOG4 = 0xa4;
  static final int CREATE = 0xf0;
  static final int CALL = 0xf1;
  static final int CALLCODE = 0xf2;
  static final int RETURN = 0xf3;
  static final int DELEGATECALL = 0xf4;
  static final int CREATE2 = 0xf5;
  static final int STATICCALL = 0xfa;
  static final int REVERT = 0xfd;
  static final int INVALID = 0xfe;
  static final int SELFDESTRUCT = 0xff;

  private static final String[] NAMES = {
    "STOP",
    "ADD",
    "MUL",
    "SUB",
    "DIV",
    "SDIV",
    "MOD",
    "SMOD",
    "ADDMOD",
    "MULMOD",
    "EXP",
    "SIGNEXTEND",
    "",
    "",
    "",
    "",
    "LT",
    "GT",
    "SLT",
    "SGT",
    "EQ",
    "ISZERO",
    "AND",
    "OR",
    "XOR",
    "NOT",
    "BYTE",
    "SHL",
    "SHR",
    "SAR",
    "",
    "",
    "SHA3",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "ADDRESS",
    "BALANCE",
    "ORIGIN",
    "CALLER",
    "CALLVALUE",
    "CALLDATALOAD",
    "CALLDATASIZE",
    "CALLDATACOPY",
    "CODESIZE",
    "CODECOPY",
    "GASPRICE",
    "EXTCODESIZE",
    "EXTCODECOPY",
    "RETURNDATASIZE",
    "RETURNDATACOPY",
    "EXTCODEHASH",
    "BLOCKHASH",
    "COINBASE",
    "TIMESTAMP",
    "NUMBER",
    "DIFFICULTY",
    "GASLIMIT",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "POP",
    "MLOAD",
    "MSTORE",
    "MSTORE8",
    "SLOAD",
    "SSTORE",
    "JUMP",
    "JUMPI",
    "PC",
    "MSIZE",
    "GAS",
    "JUMPDEST",
    "",
    "",
    "",
    "",
    "PUSH1",
    "PUSH2",
    "PUSH3",
    "PUSH4",
    "PUSH5",
    "PUSH6",
    "PUSH7",
    "PUSH8",
    "PUSH9",
    "PUSH10",
    "PUSH11",
    "PUSH12",
    "PUSH13",
    "PUSH14",
    "PUSH15",
    "PUSH16",
    "PUSH17",
    "PUSH18",
    "PUSH19",
    "PUSH20",
    "PUSH21",
    "PUSH22",
    "PUSH23",
    "PUSH24",
    "PUSH25",
    "PUSH26",
    "PUSH27",
    "PUSH28",
    "PUSH29",
    "PUSH30",
    "PUSH31",
    "PUSH32",
    "DUP1",
    "DUP2",
    "DUP3",
    "DUP4",
    "DUP5",
    "DUP6",
    "DUP7",
    "DUP8",
    "DUP9",
    "DUP10",
    "DUP11",
    "DUP12",
    "DUP13",
    "DUP14",
    "DUP15",
    "DUP16",
    "SWAP1",
    "SWAP2",
    "SWAP3",
    "SWAP4",
    "SWAP5",
    "SWAP6",
    "SWAP7",
    "SWAP8",
    "SWAP9",
    "SWAP10",
    "SWAP11",
    "SWAP12",
    "SWAP13",
    "SWAP14",
    "SWAP15",
    "SWAP16",
    "LOG0",
    "LOG1",
    "LOG2",
    "LOG3",
    "LOG4",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "CREATE",
    "CALL",
    "CALLCODE",
    "RETURN",
    "DELEGATECALL",
    "CREATE2",
    "",
    "",
    "",
    "",
    "STATICCALL",
    "",
    "",
    "REVERT",
    "INVALID",
    "SELFDESTRUCT"
  };

  private Opcodes() {}

  /** The mnemonic, or "0x.." for an undefined opcode. */
  public static String name(int opcode) {
    String n = NAMES[opcode & 0xff];
    return n.isEmpty() ? String.format("0x%02x", opcode & 0xff) : n;
  }

  /** True if the opcode is defined in Petersburg. */
  public static boolean isDefined(int opcode) {
    return !NAMES[opcode & 0xff].isEmpty();
  }
}
