package org.jbcos.executor;

import java.math.BigInteger;
import org.jbcos.evm.Word;

/**
 * Unsigned 256-bit words as the decimal strings of FISCO's storage-state rows, without BigInteger:
 * the same text as {@code word.toBigInteger().toString()} and {@code Word.of(new BigInteger(s))}.
 */
final class Decimal {
  private static final long BILLION = 1_000_000_000L;

  private Decimal() {}

  static String of(Word w) {
    if ((w.limb(0) | w.limb(1) | w.limb(2)) == 0) {
      return Long.toUnsignedString(w.limb(3));
    }
    // eight 32-bit limbs, most significant first, divided by 10^9 until zero
    int[] limbs = new int[8];
    for (int i = 0; i < 4; i++) {
      limbs[2 * i] = (int) (w.limb(i) >>> 32);
      limbs[2 * i + 1] = (int) w.limb(i);
    }
    char[] out = new char[81]; // 2^256 has 78 digits; nine digits a round
    int pos = out.length;
    int top = 0;
    while (top < 8) {
      long rem = 0;
      for (int i = top; i < 8; i++) {
        long cur = (rem << 32) | (limbs[i] & 0xffffffffL);
        limbs[i] = (int) (cur / BILLION);
        rem = cur % BILLION;
      }
      while (top < 8 && limbs[top] == 0) {
        top++;
      }
      int digits = (int) rem;
      for (int d = 0; d < 9; d++) {
        out[--pos] = (char) ('0' + digits % 10);
        digits /= 10;
      }
    }
    while (pos < out.length - 1 && out[pos] == '0') {
      pos++;
    }
    return new String(out, pos, out.length - pos);
  }

  static Word parse(String s) {
    int n = s.length();
    // at most 77 digits is always below 2^256; anything else takes the BigInteger path
    if (n == 0 || n > 77 || !allDigits(s)) {
      return Word.of(new BigInteger(s));
    }
    if (n <= 18) {
      return Word.of(Long.parseLong(s));
    }
    int[] limbs = new int[8]; // least significant first
    int first = n % 9 == 0 ? 9 : n % 9;
    for (int start = 0, end = first; start < n; start = end, end += 9) {
      long carry = Long.parseLong(s, start, end, 10);
      long factor = start == 0 ? 0 : BILLION;
      for (int i = 0; i < 8; i++) {
        long cur = (limbs[i] & 0xffffffffL) * factor + carry;
        limbs[i] = (int) cur;
        carry = cur >>> 32;
      }
    }
    return new Word(
        limb(limbs[7], limbs[6]),
        limb(limbs[5], limbs[4]),
        limb(limbs[3], limbs[2]),
        limb(limbs[1], limbs[0]));
  }

  private static long limb(int high, int low) {
    return ((long) high << 32) | (low & 0xffffffffL);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
