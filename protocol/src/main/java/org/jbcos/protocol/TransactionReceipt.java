package org.jbcos.protocol;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.codec.rlp.RlpException;
import org.jbcos.codec.rlp.RlpItem;
import org.jbcos.codec.rlp.RlpList;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.Hex;

/**
 * A transaction receipt. Chains at supported_version 2.9 and later encode 8 RLP items (with
 * remainGas); older ones 7 (sdk-wire.md §4.3). Status codes are in {@link ReceiptStatus}.
 */
public final class TransactionReceipt {
  private final byte[] stateRoot;
  private final BigInteger gasUsed;
  private final byte[] contractAddress;
  private final LogBloom bloom;
  private final int status;
  private final byte[] output;
  private final Optional<BigInteger> remainGas;
  private final List<LogEntry> logs;

  /**
   * The RLP, built on first use: a block's receipts are encoded for the receipts root, the
   * proposal, and the stored block. (A class rather than a record only to hold this.)
   */
  private volatile byte[] encoded;

  /**
   * @param stateRoot 32 bytes
   * @param gasUsed gas consumed
   * @param contractAddress 20 bytes, zero unless a deployment
   * @param bloom the OR of the logs' blooms
   * @param status 0 for success, see {@link ReceiptStatus}
   * @param output return data, or the ABI-encoded revert reason
   * @param remainGas present from supported_version 2.9.0 on
   * @param logs event logs in emission order
   */
  public TransactionReceipt(
      byte[] stateRoot,
      BigInteger gasUsed,
      byte[] contractAddress,
      LogBloom bloom,
      int status,
      byte[] output,
      Optional<BigInteger> remainGas,
      List<LogEntry> logs) {
    if (stateRoot.length != 32) {
      throw new ProtocolException("receipt stateRoot must be 32 bytes");
    }
    if (contractAddress.length != 20) {
      throw new ProtocolException("receipt contractAddress must be 20 bytes");
    }
    this.stateRoot = stateRoot.clone();
    this.gasUsed = gasUsed;
    this.contractAddress = contractAddress.clone();
    this.bloom = bloom;
    this.status = status;
    this.output = output.clone();
    this.remainGas = remainGas;
    this.logs = List.copyOf(logs);
  }

  public byte[] stateRoot() {
    return stateRoot.clone();
  }

  public BigInteger gasUsed() {
    return gasUsed;
  }

  public byte[] contractAddress() {
    return contractAddress.clone();
  }

  public LogBloom bloom() {
    return bloom;
  }

  public int status() {
    return status;
  }

  public byte[] output() {
    return output.clone();
  }

  public Optional<BigInteger> remainGas() {
    return remainGas;
  }

  public List<LogEntry> logs() {
    return logs;
  }

  public byte[] encode() {
    return encoded().clone();
  }

  /** The cached RLP without a copy; callers in this package never mutate it. */
  byte[] encoded() {
    byte[] e = encoded;
    if (e == null) {
      e = encodeUncached();
      encoded = e;
    }
    return e;
  }

  private byte[] encodeUncached() {
    List<byte[]> items = new ArrayList<>(8);
    items.add(Rlp.encodeBytes(stateRoot));
    items.add(Rlp.encodeUnsigned(gasUsed));
    items.add(Rlp.encodeBytes(contractAddress));
    items.add(Rlp.encodeBytes(bloom.toBytes()));
    items.add(Rlp.encodeLong(status));
    items.add(Rlp.encodeBytes(output));
    remainGas.ifPresent(g -> items.add(Rlp.encodeUnsigned(g)));
    List<byte[]> encodedLogs = new ArrayList<>(logs.size());
    for (LogEntry log : logs) {
      encodedLogs.add(log.encode());
    }
    items.add(Rlp.encodeList(encodedLogs));
    return Rlp.encodeList(items);
  }

  public byte[] hash(CryptoSuite suite) {
    return suite.hash(encoded());
  }

  public static TransactionReceipt decode(byte[] encoded) {
    try {
      RlpList list = Rlp.decode(encoded).asList("receipt");
      if (list.size() != 7 && list.size() != 8) {
        throw new ProtocolException("a receipt has 7 or 8 RLP items, found " + list.size());
      }
      boolean withRemainGas = list.size() == 8;
      List<LogEntry> logs = new ArrayList<>();
      for (RlpItem item : list.get(withRemainGas ? 7 : 6).asList("receipt logs").items()) {
        logs.add(LogEntry.fromRlp(item));
      }
      return new TransactionReceipt(
          list.get(0).asString("stateRoot").asFixed("stateRoot", 32, false),
          list.get(1).asString("gasUsed").asUnsigned("gasUsed", 32),
          list.get(2).asString("contractAddress").asFixed("contractAddress", 20, false),
          LogBloom.wrap(list.get(3).asString("bloom").asFixed("bloom", 256, false)),
          list.get(4).asString("status").asUnsigned("status", 4).intValueExact(),
          list.get(5).asString("output").bytes(),
          withRemainGas
              ? Optional.of(list.get(6).asString("remainGas").asUnsigned("remainGas", 32))
              : Optional.empty(),
          logs);
    } catch (RlpException | ArithmeticException e) {
      throw new ProtocolException("malformed receipt: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransactionReceipt other && Arrays.equals(encoded(), other.encoded());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encoded());
  }

  @Override
  public String toString() {
    return "TransactionReceipt[status="
        + status
        + ", gasUsed="
        + gasUsed
        + ", contractAddress="
        + Hex.encode(contractAddress)
        + ", logs="
        + logs.size()
        + ", output="
        + Hex.encode(output)
        + "]";
  }
}
