package org.jbcos.crypto.pem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jbcos.crypto.CryptoException;
import org.junit.jupiter.api.Test;

class PemTest {
  private static final byte[] DATA =
      "some DER bytes, long enough to need two base64 lines ....."
          .getBytes(StandardCharsets.US_ASCII);

  @Test
  void writesSixtyFourCharacterLinesAndReadsThemBack() {
    String pem = Pem.write("CERTIFICATE", DATA);

    assertThat(pem)
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(pem.lines().toList())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
    assertThat(pem.lines().count()).isEqualTo(4);
    assertThat(Pem.read(pem)).containsExactly(new PemBlock("CERTIFICATE", DATA));
  }

  @Test
  void readsSeveralBlocksInOrderIgnoringTextAroundThem() {
    String pem =
        "Certificate:\n    Data: ...\n"
            + Pem.write("CERTIFICATE", new byte[] {1, 2, 3})
            + "between\n"
            + Pem.write("PRIVATE KEY", new byte[] {4, 5})
            + "trailing text";

    List<PemBlock> blocks = Pem.read(pem);

    assertThat(blocks).extracting(PemBlock::label).containsExactly("CERTIFICATE", "PRIVATE KEY");
    assertThat(blocks.get(0).der()).containsExactly(1, 2, 3);
    assertThat(blocks.get(1).der()).containsExactly(4, 5);
  }

  @Test
  void acceptsWindowsLineEndsAndIndentation() {
    String pem = "  " + Pem.write("EC PARAMETERS", DATA).replace("\n", "\r\n  ");

    assertThat(Pem.read(pem)).containsExactly(new PemBlock("EC PARAMETERS", DATA));
  }

  @Test
  void keepsRfc1421Headers() {
    String pem =
        "-----BEGIN EC PRIVATE KEY-----\n"
            + "Proc-Type: 4,ENCRYPTED\n"
            + "DEK-Info: AES-128-CBC,0011\n"
            + "\n"
            + "AQID\n"
            + "-----END EC PRIVATE KEY-----\n";

    PemBlock block = Pem.read(pem).get(0);

    assertThat(block.headers())
        .containsExactly("Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,0011");
    assertThat(block.der()).containsExactly(1, 2, 3);
  }

  @Test
  void blocksAreValuesAndDoNotShareTheirBytes() {
    byte[] der = {1, 2, 3};
    PemBlock block = new PemBlock("X", der);
    der[0] = 9;
    block.der()[1] = 9;

    assertThat(block.der()).containsExactly(1, 2, 3);
    assertThat(block)
        .isEqualTo(new PemBlock("X", new byte[] {1, 2, 3}))
        .hasSameHashCodeAs(new PemBlock("X", new byte[] {1, 2, 3}));
    assertThat(block.toString()).contains("X", "3 bytes");
  }

  @Test
  void rejectsTextWithoutPem() {
    assertThatThrownBy(() -> Pem.read("just some text\n"))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("not PEM");
    assertThatThrownBy(() -> Pem.read(""))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("not PEM");
  }

  @Test
  void rejectsABlockWithoutEndLine() {
    String pem = Pem.write("PRIVATE KEY", DATA);
    String cut = pem.substring(0, pem.indexOf("-----END"));

    assertThatThrownBy(() -> Pem.read(cut))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("'PRIVATE KEY'")
        .hasMessageContaining("truncated");
  }

  @Test
  void rejectsAMismatchedEndLine() {
    String pem = Pem.write("PRIVATE KEY", DATA).replace("END PRIVATE KEY", "END CERTIFICATE");

    assertThatThrownBy(() -> Pem.read(pem))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("closed by '-----END CERTIFICATE-----'");
  }

  @Test
  void rejectsANestedBegin() {
    String pem = "-----BEGIN A-----\nAQID\n" + Pem.write("B", DATA);

    assertThatThrownBy(() -> Pem.read(pem))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("'A' has no END line");
  }

  @Test
  void rejectsBase64CutInTheMiddleOfALine() {
    String pem = Pem.write("PRIVATE KEY", DATA);
    int end = pem.indexOf("\n-----END");
    String truncated = pem.substring(0, end - 3) + pem.substring(end);

    assertThatThrownBy(() -> Pem.read(truncated))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("not a multiple of 4 (truncated?)");
  }

  @Test
  void rejectsCharactersOutsideBase64() {
    String pem = "-----BEGIN X-----\nAQ*D\n-----END X-----\n";

    assertThatThrownBy(() -> Pem.read(pem))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("'X' is not valid base64");
  }

  @Test
  void rejectsAnEmptyBlock() {
    assertThatThrownBy(() -> Pem.read("-----BEGIN X-----\n-----END X-----\n"))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("'X' is empty");
  }
}
