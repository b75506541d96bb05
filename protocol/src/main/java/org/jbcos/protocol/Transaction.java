package org.jbcos.protocol;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.codec.rlp.RlpException;
import org.jbcos.codec.rlp.RlpItem;
import org.jbcos.codec.rlp.RlpList;
import org.jbcos.codec.rlp.RlpString;
import org.jbcos.crypto.CryptoException;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.crypto.KeyPair;
import org.jbcos.crypto.Signature;

/**
 * A FISCO BCOS 2.x transaction ("RC2" format): 10 unsigned fields plus the signature, encoded as a
 * 13-item RLP list (sdk-wire.md §3). Immutable; byte arrays are copied in and out.
 */
public final class Transaction {
  private static final int U256 = 32;

  private final BigInteger nonce;
  private final BigInteger gasPrice;
  private final BigInteger gas;
  private final BigInteger blockLimit;
  private final byte[] to;
  private final BigInteger value;
  private final byte[] data;
  private final BigInteger chainId;
  private final BigInteger groupId;
  private final byte[] extraData;
  private final Signature signature;
  // encodings are computed once: the pool hashes and recovers every transaction
  private volatile byte[] encoded;
  private volatile byte[] encodedForSigning;
  // the sender is recovered once per suite: the pool, the executor and RPC views all ask for it
  private volatile SenderCache senderCache;
  private volatile HashCache hashCache;

  /** The transaction hash under one suite (pool, executor, ledger and RPC all ask for it). */
  private record HashCache(CryptoSuite suite, byte[] hash) {}

  private record SenderCache(CryptoSuite suite, byte[] sender) {}

  private Transaction(Builder b, Signature signature) {
    this.nonce = requireU256("nonce", b.nonce);
    this.gasPrice = requireU256("gasPrice", b.gasPrice);
    this.gas = requireU256("gas", b.gas);
    this.blockLimit = requireU256("blockLimit", b.blockLimit);
    if (b.to.length != 0 && b.to.length != 20) {
      throw new ProtocolException("to must be a 20-byte address or empty, got " + b.to.length);
    }
    this.to = b.to.clone();
    this.value = requireU256("value", b.value);
    this.data = b.data.clone();
    this.chainId = requireU256("chainId", b.chainId);
    this.groupId = requireU256("groupId", b.groupId);
    this.extraData = b.extraData.clone();
    this.signature = signature;
  }

  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- fields

  public BigInteger nonce() {
    return nonce;
  }

  public BigInteger gasPrice() {
    return gasPrice;
  }

  public BigInteger gas() {
    return gas;
  }

  public BigInteger blockLimit() {
    return blockLimit;
  }

  /** The 20-byte receiver, or empty for a contract deployment. */
  public Optional<byte[]> to() {
    return to.length == 0 ? Optional.empty() : Optional.of(to.clone());
  }

  public boolean isDeploy() {
    return to.length == 0;
  }

  public BigInteger value() {
    return value;
  }

  public byte[] data() {
    return data.clone();
  }

  public BigInteger chainId() {
    return chainId;
  }

  public BigInteger groupId() {
    return groupId;
  }

  public byte[] extraData() {
    return extraData.clone();
  }

  public Signature signature() {
    return signature;
  }

  // ---------------------------------------------------------------- encoding and hashes

  /** The 10-item RLP list that is hashed and signed. */
  public byte[] encodeForSigning() {
    byte[] e = encodedForSigning;
    if (e == null) {
      e = Rlp.encodeList(unsignedItems());
      encodedForSigning = e;
    }
    return e.clone();
  }

  /** The full 13-item signed RLP, as sent by the SDK in sendRawTransaction. */
  public byte[] encode() {
    byte[] e = encoded;
    if (e == null) {
      e = encodeUncached();
      encoded = e;
    }
    return e.clone();
  }

  private byte[] encodeUncached() {
    List<byte[]> items = unsignedItems();
    if (signature.isSm2()) {
      items.add(Rlp.encodeBytes(signature.publicKey()));
    } else {
      items.add(Rlp.encodeLong(signature.v() + 27L));
    }
    items.add(Rlp.encodeUnsigned(new BigInteger(1, signature.r())));
    items.add(Rlp.encodeUnsigned(new BigInteger(1, signature.s())));
    return Rlp.encodeList(items);
  }

  private List<byte[]> unsignedItems() {
    List<byte[]> items = new ArrayList<>(13);
    items.add(Rlp.encodeUnsigned(nonce));
    items.add(Rlp.encodeUnsigned(gasPrice));
    items.add(Rlp.encodeUnsigned(gas));
    items.add(Rlp.encodeUnsigned(blockLimit));
    items.add(Rlp.encodeBytes(to));
    items.add(Rlp.encodeUnsigned(value));
    items.add(Rlp.encodeBytes(data));
    items.add(Rlp.encodeUnsigned(chainId));
    items.add(Rlp.encodeUnsigned(groupId));
    items.add(Rlp.encodeBytes(extraData));
    return items;
  }

  /** The hash that the sender signed: Hash(RLP of the 10 unsigned fields). */
  public byte[] signingHash(CryptoSuite suite) {
    encodeForSigning();
    return suite.hash(encodedForSigning);
  }

  /** The transaction hash: Hash(RLP of all 13 fields). */
  public byte[] hash(CryptoSuite suite) {
    HashCache cached = hashCache;
    if (cached != null && cached.suite() == suite) {
      return cached.hash().clone();
    }
    encode();
    byte[] hash = suite.hash(encoded);
    hashCache = new HashCache(suite, hash);
    return hash.clone();
  }

  /**
   * The sender's address, recovered (ECDSA) or verified (SM2) from the signature.
   *
   * @throws ProtocolException if the signature is invalid, saying why
   */
  public byte[] sender(CryptoSuite suite) {
    SenderCache cached = senderCache;
    if (cached != null && cached.suite() == suite) {
      return cached.sender().clone();
    }
    try {
      byte[] sender = suite.recoverAddress(signingHash(suite), signature);
      senderCache = new SenderCache(suite, sender);
      return sender.clone();
    } catch (CryptoException e) {
      throw new ProtocolException("invalid transaction signature: " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------- decoding

  /**
   * Decodes a signed transaction strictly: exactly 13 canonical RLP items, integers of at most 32
   * bytes without leading zeros, a 20-byte or empty {@code to}, and a signature of the chain's kind
   * (ECDSA {@code v} 27/28, or a 64-byte SM2 public key).
   *
   * @throws ProtocolException naming the field that is wrong
   */
  public static Transaction decode(byte[] encoded, CryptoSuite suite) {
    try {
      RlpList list = Rlp.decode(encoded).asList("transaction").requireSize("transaction", 13);
      Builder b =
          builder()
              .nonce(uint(list.get(0), "nonce"))
              .gasPrice(uint(list.get(1), "gasPrice"))
              .gas(uint(list.get(2), "gas"))
              .blockLimit(uint(list.get(3), "blockLimit"))
              .to(list.get(4).asString("to").asFixed("to", 20, true))
              .value(uint(list.get(5), "value"))
              .data(list.get(6).asString("data").bytes())
              .chainId(uint(list.get(7), "chainId"))
              .groupId(uint(list.get(8), "groupId"))
              .extraData(list.get(9).asString("extraData").bytes());
      byte[] r = signatureScalar(list.get(11), "r");
      byte[] s = signatureScalar(list.get(12), "s");
      RlpString vField = list.get(10).asString("v");
      Signature signature;
      if (suite.isSm()) {
        signature = Signature.sm2(r, s, vField.asFixed("SM2 public key (field 10)", 64, false));
      } else {
        long v = vField.asUnsigned("v", 1).longValue();
        if (v != 27 && v != 28) {
          throw new ProtocolException("ECDSA v must be 27 or 28, got " + v);
        }
        signature = Signature.ecdsa(r, s, (int) (v - 27));
      }
      Transaction tx = new Transaction(b, signature);
      // strict decoding accepts only the canonical form, so the input is the encoding
      tx.encoded = encoded.clone();
      return tx;
    } catch (RlpException e) {
      throw new ProtocolException("malformed transaction: " + e.getMessage(), e);
    }
  }

  private static BigInteger uint(RlpItem item, String what) {
    return item.asString(what).asUnsigned(what, U256);
  }

  private static byte[] signatureScalar(RlpItem item, String what) {
    BigInteger v = uint(item, "signature " + what);
    return org.jbcos.crypto.Bytes32.of(v);
  }

  private static BigInteger requireU256(String what, BigInteger v) {
    if (v == null) {
      throw new ProtocolException(what + " is missing");
    }
    if (v.signum() < 0 || v.bitLength() > 256) {
      throw new ProtocolException(what + " must be an unsigned 256-bit integer, got " + v);
    }
    return v;
  }

  /** Collects the unsigned fields; {@link #sign} or {@link #withSignature} finish it. */
  public static final class Builder {
    private BigInteger nonce = BigInteger.ZERO;
    private BigInteger gasPrice = BigInteger.ZERO;
    private BigInteger gas = BigInteger.ZERO;
    private BigInteger blockLimit = BigInteger.ZERO;
    private byte[] to = new byte[0];
    private BigInteger value = BigInteger.ZERO;
    private byte[] data = new byte[0];
    private BigInteger chainId = BigInteger.ONE;
    private BigInteger groupId = BigInteger.ONE;
    private byte[] extraData = new byte[0];

    private Builder() {}

    public Builder nonce(BigInteger v) {
      nonce = v;
      return this;
    }

    public Builder gasPrice(BigInteger v) {
      gasPrice = v;
      return this;
    }

    public Builder gas(BigInteger v) {
      gas = v;
      return this;
    }

    public Builder blockLimit(BigInteger v) {
      blockLimit = v;
      return this;
    }

    public Builder blockLimit(long v) {
      return blockLimit(BigInteger.valueOf(v));
    }

    /** 20-byte receiver; empty for a deployment. */
    public Builder to(byte[] v) {
      to = v.clone();
      return this;
    }

    public Builder value(BigInteger v) {
      value = v;
      return this;
    }

    public Builder data(byte[] v) {
      data = v.clone();
      return this;
    }

    public Builder chainId(BigInteger v) {
      chainId = v;
      return this;
    }

    public Builder groupId(BigInteger v) {
      groupId = v;
      return this;
    }

    public Builder extraData(byte[] v) {
      extraData = v.clone();
      return this;
    }

    public Transaction withSignature(Signature signature) {
      return new Transaction(this, signature);
    }

    /** Signs the unsigned fields with {@code keyPair} under the chain's suite. */
    public Transaction sign(CryptoSuite suite, KeyPair keyPair) {
      Signature placeholder =
          suite.isSm()
              ? Signature.sm2(new byte[32], new byte[32], keyPair.publicKey())
              : Signature.ecdsa(new byte[32], new byte[32], 0);
      Transaction unsigned = new Transaction(this, placeholder);
      return new Transaction(this, suite.sign(unsigned.signingHash(suite), keyPair));
    }
  }
}
