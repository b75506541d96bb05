package org.jbcos.evm;

import java.nio.charset.StandardCharsets;
import org.jbcos.crypto.HashFunction;

/**
 * The {@code Error(string)} call encoding FISCO puts in the output of a transaction it refuses
 * (frozen contract or account), so that the SDK shows the reason. The selector uses the chain's
 * hash.
 */
final class ErrorOutput {
  private ErrorOutput() {}

  static byte[] of(HashFunction hash, String message) {
    byte[] text = message.getBytes(StandardCharsets.UTF_8);
    int padded = (text.length + 31) / 32 * 32;
    byte[] out = new byte[4 + 32 + 32 + padded];
    byte[] selector = hash.hash("Error(string)".getBytes(StandardCharsets.UTF_8));
    System.arraycopy(selector, 0, out, 0, 4);
    out[4 + 31] = 0x20;
    byte[] length = Word.of(text.length).toBytes();
    System.arraycopy(length, 0, out, 36, 32);
    System.arraycopy(text, 0, out, 68, text.length);
    return out;
  }
}
