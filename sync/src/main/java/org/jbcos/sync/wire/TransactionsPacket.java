package org.jbcos.sync.wire;

import java.util.ArrayList;
import java.util.List;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.protocol.Transaction;

/** A batch of signed transactions forwarded from a node's clients to its peers. */
public final class TransactionsPacket {
  private TransactionsPacket() {}

  /** A packet of already-encoded transactions (each the RLP list of {@link Transaction#encode}). */
  public static byte[] encode(List<byte[]> encodedTransactions) {
    return Rlp.encodeList(encodedTransactions);
  }

  /**
   * Decodes every transaction strictly (signatures are not verified here: the pool does it once).
   *
   * @throws MalformedPacketException if the packet or any transaction is malformed, or it holds
   *     more than {@code maxTransactions}
   */
  public static List<Transaction> decode(byte[] payload, int maxTransactions, CryptoSuite suite)
      throws MalformedPacketException {
    try {
      List<byte[]> items = Rlp.listElements(payload, "transactions");
      if (items.size() > maxTransactions) {
        throw new MalformedPacketException(
            items.size() + " transactions in one packet, at most " + maxTransactions);
      }
      List<Transaction> txs = new ArrayList<>(items.size());
      for (byte[] item : items) {
        txs.add(Transaction.decode(item, suite));
      }
      return txs;
    } catch (RuntimeException e) {
      throw new MalformedPacketException("malformed transactions: " + e.getMessage(), e);
    }
  }
}
