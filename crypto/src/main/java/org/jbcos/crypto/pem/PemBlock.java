package org.jbcos.crypto.pem;

import java.util.Arrays;
import java.util.List;

/**
 * One {@code -----BEGIN label-----} … {@code -----END label-----} block of a PEM text.
 *
 * @param label the type between BEGIN and the dashes, e.g. {@code PRIVATE KEY}
 * @param headers RFC 1421 header lines such as {@code Proc-Type: 4,ENCRYPTED}, empty if none
 * @param der the base64-decoded content
 */
public record PemBlock(String label, List<String> headers, byte[] der) {
  public PemBlock {
    headers = List.copyOf(headers);
    der = der.clone();
  }

  public PemBlock(String label, byte[] der) {
    this(label, List.of(), der);
  }

  @Override
  public byte[] der() {
    return der.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PemBlock other
        && label.equals(other.label)
        && headers.equals(other.headers)
        && Arrays.equals(der, other.der);
  }

  @Override
  public int hashCode() {
    return 31 * label.hashCode() + Arrays.hashCode(der);
  }

  @Override
  public String toString() {
    return "PemBlock[" + label + ", " + der.length + " bytes]";
  }
}
