package org.jbcos.txpool;

import java.util.Optional;
import org.jbcos.protocol.ReceiptStatus;

/**
 * The pool's answer to a submitted transaction.
 *
 * @param status {@link ReceiptStatus#NONE} when admitted, else the 2.x refusal code
 * @param txHash the transaction hash
 * @param sender the recovered sender, when the signature was checked
 */
public record Admission(ReceiptStatus status, byte[] txHash, Optional<byte[]> sender) {
  public boolean admitted() {
    return status == ReceiptStatus.NONE;
  }
}
