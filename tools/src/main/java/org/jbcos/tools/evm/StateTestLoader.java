package org.jbcos.tools.evm;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;
import org.jbcos.crypto.Secp256k1;
import org.jbcos.evm.Address;
import org.jbcos.evm.Word;

/**
 * Reads GeneralStateTests JSON files (the filled format of ethereum/tests): numbers are hex
 * strings, possibly with leading zeros, "0x" meaning zero.
 */
public final class StateTestLoader {
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger UINT64_MAX =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final Map<BigInteger, Address> senders = new HashMap<>();

  /** Every test case of {@code file}, in file order. */
  public List<StateTest> load(Path file) throws StateTestFormatException {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new StateTestFormatException(file + ": cannot read: " + e.getMessage(), e);
    }
    return parse(file, text);
  }

  /** Every test case of {@code text}, whose origin {@code file} is recorded in each case. */
  public List<StateTest> parse(Path file, String text) throws StateTestFormatException {
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new StateTestFormatException(file + ": not valid JSON: " + describe(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new StateTestFormatException(file + ": expected a JSON object of test cases");
    }
    List<StateTest> tests = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      try {
        tests.add(testCase(file, entry.getKey(), entry.getValue()));
      } catch (BadField e) {
        throw new StateTestFormatException(
            file + ": test " + entry.getKey() + ": " + e.getMessage(), e);
      }
    }
    return tests;
  }

  private static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String message = e.getOriginalMessage().replace('\n', ' ');
    return at == null
        ? message
        : message + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  private StateTest testCase(Path file, String name, JsonNode test) {
    requireObject(test, name);
    return new StateTest(
        file,
        name,
        env(field(test, "env")),
        pre(field(test, "pre")),
        transaction(field(test, "transaction")),
        post(field(test, "post")));
  }

  private static StateTest.Env env(JsonNode env) {
    return new StateTest.Env(
        address(field(env, "currentCoinbase"), "env.currentCoinbase"),
        number(field(env, "currentDifficulty"), "env.currentDifficulty"),
        smallNumber(field(env, "currentGasLimit"), "env.currentGasLimit"),
        smallNumber(field(env, "currentNumber"), "env.currentNumber"),
        smallNumber(field(env, "currentTimestamp"), "env.currentTimestamp"));
  }

  private static Map<Address, StateTest.Account> pre(JsonNode pre) {
    requireObject(pre, "pre");
    Map<Address, StateTest.Account> accounts = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : pre.properties()) {
      String where = "pre." + e.getKey();
      JsonNode acc = e.getValue();
      requireObject(acc, where);
      JsonNode storageNode = field(acc, "storage");
      requireObject(storageNode, where + ".storage");
      Map<Word, Word> storage = new HashMap<>();
      for (Map.Entry<String, JsonNode> slot : storageNode.properties()) {
        Word value = word(slot.getValue(), where + ".storage." + slot.getKey());
        if (!value.isZero()) {
          storage.put(word(slot.getKey(), where + ".storage key"), value);
        }
      }
      accounts.put(
          address(e.getKey(), where),
          new StateTest.Account(
              number(field(acc, "balance"), where + ".balance"),
              uint64(field(acc, "nonce"), where + ".nonce"),
              bytes(field(acc, "code"), where + ".code"),
              storage));
    }
    return accounts;
  }

  private StateTest.Transaction transaction(JsonNode tx) {
    List<byte[]> data = new ArrayList<>();
    for (JsonNode d : array(tx, "data")) {
      data.add(bytes(d, "transaction.data"));
    }
    List<BigInteger> gasLimits = new ArrayList<>();
    for (JsonNode g : array(tx, "gasLimit")) {
      gasLimits.add(number(g, "transaction.gasLimit"));
    }
    List<BigInteger> values = new ArrayList<>();
    for (JsonNode v : array(tx, "value")) {
      values.add(number(v, "transaction.value"));
    }
    String to = text(field(tx, "to"), "transaction.to");
    return new StateTest.Transaction(
        data,
        gasLimits,
        values,
        number(field(tx, "gasPrice"), "transaction.gasPrice"),
        number(field(tx, "nonce"), "transaction.nonce"),
        sender(number(field(tx, "secretKey"), "transaction.secretKey")),
        to.isEmpty() ? Optional.empty() : Optional.of(address(to, "transaction.to")));
  }

  private Address sender(BigInteger secretKey) {
    return senders.computeIfAbsent(
        secretKey,
        key -> {
          try {
            byte[] publicKey = Secp256k1.best().keyPairOf(key).publicKey();
            return Address.wrap(CryptoSuite.ecdsa().address(publicKey));
          } catch (RuntimeException e) {
            throw new BadField("transaction.secretKey: not a secp256k1 key: " + e.getMessage());
          }
        });
  }

  private static Map<String, List<StateTest.PostState>> post(JsonNode post) {
    requireObject(post, "post");
    Map<String, List<StateTest.PostState>> byFork = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> fork : post.properties()) {
      String where = "post." + fork.getKey();
      if (!fork.getValue().isArray()) {
        throw new BadField(where + ": expected an array");
      }
      List<StateTest.PostState> states = new ArrayList<>();
      for (JsonNode p : fork.getValue()) {
        requireObject(p, where + "[]");
        JsonNode idx = field(p, "indexes");
        states.add(
            new StateTest.PostState(
                index(field(idx, "data"), where + ".indexes.data"),
                index(field(idx, "gas"), where + ".indexes.gas"),
                index(field(idx, "value"), where + ".indexes.value"),
                word(field(p, "hash"), where + ".hash"),
                word(field(p, "logs"), where + ".logs")));
      }
      byFork.put(fork.getKey(), List.copyOf(states));
    }
    return byFork;
  }

  // ---------------------------------------------------------------- field helpers

  /** A field problem, turned into a {@link StateTestFormatException} naming file and test. */
  private static final class BadField extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadField(String message) {
      super(message);
    }
  }

  private static void requireObject(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new BadField(where + ": expected an object");
    }
  }

  private static JsonNode field(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      throw new BadField("missing field '" + name + "'");
    }
    return node;
  }

  private static JsonNode array(JsonNode parent, String name) {
    JsonNode node = field(parent, name);
    if (!node.isArray()) {
      throw new BadField("transaction." + name + ": expected an array");
    }
    return node;
  }

  private static String text(JsonNode node, String where) {
    if (!node.isTextual()) {
      throw new BadField(where + ": expected a string, got " + node);
    }
    return node.asText();
  }

  /** A non-negative integer: "0x"-prefixed hex (empty = 0), decimal text, or a JSON number. */
  private static BigInteger number(JsonNode node, String where) {
    if (node.isIntegralNumber()) {
      BigInteger n = node.bigIntegerValue();
      if (n.signum() < 0) {
        throw new BadField(where + ": negative number " + n);
      }
      return n;
    }
    return number(text(node, where), where);
  }

  private static BigInteger number(String s, String where) {
    BigInteger n;
    try {
      if (s.startsWith("0x") || s.startsWith("0X")) {
        String digits = s.substring(2);
        n = digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
      } else {
        n = new BigInteger(s);
      }
    } catch (NumberFormatException e) {
      throw new BadField(where + ": not a number: '" + s + "'");
    }
    if (n.signum() < 0) {
      throw new BadField(where + ": negative number '" + s + "'");
    }
    return n;
  }

  private static long smallNumber(JsonNode node, String where) {
    BigInteger n = number(node, where);
    if (n.compareTo(LONG_MAX) > 0) {
      throw new BadField(where + ": " + n + " does not fit in 63 bits");
    }
    return n.longValue();
  }

  /** A 64-bit unsigned value in a long, as the EVM keeps nonces: 2^64-1 is -1. */
  private static long uint64(JsonNode node, String where) {
    BigInteger n = number(node, where);
    if (n.compareTo(UINT64_MAX) > 0) {
      throw new BadField(where + ": " + n + " does not fit in 64 bits");
    }
    return n.longValue();
  }

  private static int index(JsonNode node, String where) {
    if (!node.canConvertToInt() || node.asInt() < 0) {
      throw new BadField(where + ": expected a non-negative index, got " + node);
    }
    return node.asInt();
  }

  private static Word word(JsonNode node, String where) {
    return word(text(node, where), where);
  }

  private static Word word(String s, String where) {
    BigInteger n = number(s, where);
    if (n.bitLength() > 256) {
      throw new BadField(where + ": not a 256-bit value: " + s);
    }
    return Word.of(n);
  }

  private static Address address(JsonNode node, String where) {
    return address(text(node, where), where);
  }

  private static Address address(String s, String where) {
    try {
      return Address.fromHex(s);
    } catch (IllegalArgumentException e) {
      throw new BadField(where + ": not an address: " + e.getMessage());
    }
  }

  private static byte[] bytes(JsonNode node, String where) {
    try {
      return Hex.decode(text(node, where));
    } catch (IllegalArgumentException e) {
      throw new BadField(where + ": not hex: " + e.getMessage());
    }
  }
}
