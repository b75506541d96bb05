package org.jbcos.sync.wire;

import java.util.ArrayList;
import java.util.List;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.codec.rlp.RlpItem;
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
      List<RlpItem> items = Rlp.decode(payload).asList("transactions").items();
      if (items.size() > maxTransactions) {
        throw new MalformedPacketException(
            items.size() + " transactions in one packet, at most " + maxTransactions);
      }
      List<Transaction> txs = new ArrayList<>(items.size());
      for (RlpItem item : items) {
        item.asList("transaction");
        txs.add(Transaction.decode(Rlp.encode(item), suite));
      }
      return txs;
    } catch (RuntimeException e) {
      throw new MalformedPacketException("malformed transactions: " + e.getMessage(), e);
    }
  }
}
