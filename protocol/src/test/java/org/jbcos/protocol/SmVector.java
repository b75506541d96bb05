package org.jbcos.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The SM2 deploy transaction of FISCO's libethcore unit test (rlpBytesRC2), 1195 bytes. */
final class SmVector {
  static final String RLP = load("/vectors/sm-deploy-tx.hex");

  private SmVector() {}

  private static String load(String resource) {
    try (InputStream in = SmVector.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
