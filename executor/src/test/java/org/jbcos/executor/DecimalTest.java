package org.jbcos.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.jbcos.evm.Word;
import org.junit.jupiter.api.Test;

class DecimalTest {
  private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);

  @Test
  void matchesBigIntegerBothWays() {
    Random rnd = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      // every magnitude from 0 to 256 bits, and the edges around each power of ten
      BigInteger v = new BigInteger(rnd.nextInt(257), rnd);
      check(Word.of(v));
    }
    for (int digits = 0; digits <= 78; digits++) {
      BigInteger p = BigInteger.TEN.pow(digits);
      for (BigInteger v : new BigInteger[] {p.subtract(BigInteger.ONE), p, p.add(BigInteger.ONE)}) {
        check(Word.of(v));
      }
    }
    check(Word.ZERO);
    check(Word.of(MOD.subtract(BigInteger.ONE)));
    check(new Word(0, 0, 0, -1));
    check(new Word(0, 0, 1, 0));
  }

  @Test
  void parsesWhatBigIntegerParses() {
    for (String s :
        new String[] {"0", "007", "-5", MOD.toString(), MOD.add(BigInteger.TEN).toString()}) {
      assertThat(Decimal.parse(s)).isEqualTo(Word.of(new BigInteger(s)));
    }
  }

  private static void check(Word w) {
    String expected = w.toBigInteger().toString();
    assertThat(Decimal.of(w)).isEqualTo(expected);
    assertThat(Decimal.parse(expected)).isEqualTo(w);
  }
}
