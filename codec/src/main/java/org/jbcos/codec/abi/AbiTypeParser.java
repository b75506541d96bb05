package org.jbcos.codec.abi;

import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser for type names and signatures; whitespace between tokens is ignored. */
final class AbiTypeParser {
  /** {@code name(params)} optionally followed by {@code returns (types)}. */
  record Signature(String name, List<AbiEvent.Parameter> parameters, List<AbiType> outputs) {}

  private final String text;
  private int pos;
  private int depth;

  private AbiTypeParser(String text) {
    this.text = text;
  }

  static AbiType parseType(String text) {
    AbiTypeParser parser = new AbiTypeParser(text);
    AbiType type = parser.type();
    parser.expectEnd();
    return type;
  }

  static List<AbiType> parseTypeList(String text) {
    AbiTypeParser parser = new AbiTypeParser(text);
    parser.skipWhitespace();
    List<AbiType> types = parser.atEnd() ? List.of() : parser.typeList();
    parser.expectEnd();
    return types;
  }

  /**
   * Parses {@code name(T1,T2 indexed,...) returns (U1,...)}; "indexed" only when {@code events}.
   */
  static Signature parseSignature(String text, boolean events) {
    AbiTypeParser parser = new AbiTypeParser(text);
    String name = parser.identifier("a function or event name");
    if (!isIdentifier(name)) {
      throw parser.error("'" + name + "' is not a valid function or event name");
    }
    parser.expect('(');
    List<AbiEvent.Parameter> parameters = new ArrayList<>();
    parser.skipWhitespace();
    if (!parser.peekIs(')')) {
      do {
        AbiType type = parser.type();
        parser.skipWhitespace();
        boolean indexed = false;
        if (parser.peekIsLetter()) {
          int start = parser.pos;
          String word = parser.identifier("'indexed'");
          if (!events || !word.equals("indexed")) {
            parser.pos = start;
            throw parser.error("unexpected '" + word + "'");
          }
          indexed = true;
        }
        parameters.add(new AbiEvent.Parameter(type, indexed));
      } while (parser.accept(','));
    }
    parser.expect(')');
    List<AbiType> outputs = List.of();
    parser.skipWhitespace();
    if (!events && parser.peekIsLetter()) {
      int start = parser.pos;
      if (!parser.identifier("'returns'").equals("returns")) {
        parser.pos = start;
        throw parser.error("expected 'returns' or the end");
      }
      parser.expect('(');
      parser.skipWhitespace();
      outputs = parser.peekIs(')') ? List.of() : parser.typeList();
      parser.expect(')');
    }
    parser.expectEnd();
    return new Signature(name, List.copyOf(parameters), outputs);
  }

  static boolean isIdentifier(String name) {
    if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isIdentifierChar(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** One or more comma-separated types. */
  private List<AbiType> typeList() {
    List<AbiType> types = new ArrayList<>();
    do {
      types.add(type());
    } while (accept(','));
    return types;
  }

  private AbiType type() {
    int outerDepth = depth;
    enterNesting();
    skipWhitespace();
    AbiType type;
    if (accept('(')) {
      skipWhitespace();
      if (peekIs(')')) {
        throw error("a tuple needs at least one component");
      }
      type = new TupleType(typeList());
      if (!accept(')')) {
        throw error("expected ',' or ')'");
      }
    } else {
      type = elementary(identifier("a type"));
    }
    while (accept('[')) {
      enterNesting();
      skipWhitespace();
      if (peekIs(']')) {
        type = new ArrayType(type);
      } else {
        type = new FixedArrayType(type, arrayLength());
      }
      expect(']');
    }
    depth = outerDepth;
    return type;
  }

  private void enterNesting() {
    if (++depth > AbiLimits.MAX_DEPTH) {
      throw error("types nested deeper than " + AbiLimits.MAX_DEPTH + " levels");
    }
  }

  private AbiType elementary(String name) {
    switch (name) {
      case "address":
        return AbiType.ADDRESS;
      case "bool":
        return AbiType.BOOL;
      case "string":
        return AbiType.STRING;
      case "bytes":
        return AbiType.BYTES;
      case "byte":
        return new FixedBytesType(1);
      case "uint":
        return AbiType.UINT256;
      case "int":
        return AbiType.INT256;
      default:
        break;
    }
    if (name.startsWith("uint")) {
      return new UintType(sizeSuffix(name, 4));
    }
    if (name.startsWith("int")) {
      return new IntType(sizeSuffix(name, 3));
    }
    if (name.startsWith("bytes")) {
      return new FixedBytesType(sizeSuffix(name, 5));
    }
    if (name.startsWith("fixed") || name.startsWith("ufixed") || name.equals("function")) {
      throw new AbiException("unsupported type " + name);
    }
    throw new AbiException("unknown type '" + name + "' in '" + text + "'");
  }

  private int sizeSuffix(String name, int prefixLength) {
    String digits = name.substring(prefixLength);
    if (digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new AbiException("unknown type '" + name + "' in '" + text + "'");
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw new AbiException("invalid type " + name + ": size with a leading zero");
    }
    return Integer.parseInt(digits);
  }

  private int arrayLength() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    String digits = text.substring(start, pos);
    if (digits.isEmpty()) {
      throw error("expected an array length or ']'");
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      pos = start;
      throw error("array length with a leading zero");
    }
    if (digits.length() > 9) {
      pos = start;
      throw error("array length " + digits + " is too large");
    }
    return Integer.parseInt(digits);
  }

  private String identifier(String what) {
    skipWhitespace();
    int start = pos;
    while (pos < text.length() && isIdentifierChar(text.charAt(pos))) {
      pos++;
    }
    if (start == pos) {
      throw error("expected " + what);
    }
    return text.substring(start, pos);
  }

  private static boolean isIdentifierChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '$';
  }

  private boolean peekIsLetter() {
    return pos < text.length() && Character.isLetter(text.charAt(pos));
  }

  private boolean peekIs(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private boolean accept(char c) {
    skipWhitespace();
    if (peekIs(c)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private void expectEnd() {
    skipWhitespace();
    if (!atEnd()) {
      throw error("unexpected '" + text.charAt(pos) + "'");
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private void skipWhitespace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private AbiException error(String problem) {
    String found = atEnd() ? "end of input" : "position " + pos;
    return new AbiException("cannot parse '" + text + "' at " + found + ": " + problem);
  }
}
