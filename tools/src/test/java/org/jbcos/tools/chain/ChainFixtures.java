package org.jbcos.tools.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jbcos.crypto.pki.CertificateAuthority;

/** Reading back a generated chain. */
final class ChainFixtures {
  private ChainFixtures() {}

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<X509Certificate> certificates(Path file) {
    return CertificateAuthority.readCertificates(read(file));
  }

  static X509Certificate certificate(Path file) {
    List<X509Certificate> certificates = certificates(file);
    assertThat(certificates).as(file.toString()).hasSize(1);
    return certificates.get(0);
  }

  /** {@code bash -n}: the script parses. */
  static void assertBashSyntax(Path script) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(script + ": " + output).isZero();
  }
}
