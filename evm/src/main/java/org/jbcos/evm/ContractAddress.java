package org.jbcos.evm;

import java.util.Arrays;
import org.jbcos.crypto.HashFunction;

/** Addresses of new contracts, with the chain's hash (Keccak-256, or SM3 on SM chains). */
public final class ContractAddress {
  private ContractAddress() {}

  /** CREATE: the last 20 bytes of Hash(RLP([sender, nonce])). */
  public static Address create(HashFunction hash, Address sender, long nonce) {
    byte[] senderRlp = new byte[21];
    senderRlp[0] = (byte) 0x94;
    System.arraycopy(sender.toBytes(), 0, senderRlp, 1, 20);
    byte[] nonceRlp = rlpUnsigned(nonce);
    int payload = senderRlp.length + nonceRlp.length;
    byte[] list = new byte[1 + payload];
    list[0] = (byte) (0xc0 + payload);
    System.arraycopy(senderRlp, 0, list, 1, senderRlp.length);
    System.arraycopy(nonceRlp, 0, list, 1 + senderRlp.length, nonceRlp.length);
    return Address.wrap(Arrays.copyOfRange(hash.hash(list), 12, 32));
  }

  /** CREATE2 (EIP-1014): the last 20 bytes of Hash(0xff ‖ sender ‖ salt ‖ Hash(initCode)). */
  public static Address create2(HashFunction hash, Address sender, Word salt, byte[] initCode) {
    byte[] buf = new byte[1 + 20 + 32 + 32];
    buf[0] = (byte) 0xff;
    System.arraycopy(sender.toBytes(), 0, buf, 1, 20);
    System.arraycopy(salt.toBytes(), 0, buf, 21, 32);
    System.arraycopy(hash.hash(initCode), 0, buf, 53, 32);
    return Address.wrap(Arrays.copyOfRange(hash.hash(buf), 12, 32));
  }

  private static byte[] rlpUnsigned(long value) {
    if (value == 0) {
      return new byte[] {(byte) 0x80};
    }
    if (value > 0 && value < 0x80) {
      return new byte[] {(byte) value};
    }
    int len = 8 - Long.numberOfLeadingZeros(value) / 8;
    byte[] out = new byte[1 + len];
    out[0] = (byte) (0x80 + len);
    for (int i = 0; i < len; i++) {
      out[1 + i] = (byte) (value >>> (8 * (len - 1 - i)));
    }
    return out;
  }
}
