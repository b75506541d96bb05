package org.jbcos.sync.wire;

import java.util.ArrayList;
import java.util.List;
import org.jbcos.codec.rlp.Rlp;
import org.jbcos.codec.rlp.RlpItem;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.protocol.Block;

/** Encoded blocks sent in answer to a {@link ReqBlocksPacket}, in ascending order. */
public final class BlocksPacket {
  private BlocksPacket() {}

  /** Wraps already-encoded blocks (as the chain stores them). */
  public static byte[] encode(List<byte[]> encodedBlocks) {
    List<byte[]> items = new ArrayList<>(encodedBlocks.size());
    for (byte[] b : encodedBlocks) {
      items.add(Rlp.encodeBytes(b));
    }
    return Rlp.encodeList(items);
  }

  /**
   * A decoded block with the size of its encoding.
   *
   * @param block the block; its hash was checked against its header
   * @param encodedSize bytes, for the download queue's memory bound
   */
  public record ReceivedBlock(Block block, int encodedSize) {}

  /**
   * Decodes every block strictly.
   *
   * @throws MalformedPacketException if the packet or any block in it is malformed, if it holds
   *     more than {@code maxBlocks}, or if the numbers are not consecutive ascending
   */
  public static List<ReceivedBlock> decode(byte[] payload, int maxBlocks, CryptoSuite suite)
      throws MalformedPacketException {
    List<ReceivedBlock> blocks = new ArrayList<>();
    try {
      List<RlpItem> items = Rlp.decode(payload).asList("blocks").items();
      if (items.size() > maxBlocks) {
        throw new MalformedPacketException(
            items.size() + " blocks in one packet, at most " + maxBlocks + " are allowed");
      }
      for (RlpItem item : items) {
        byte[] encoded = item.asString("encoded block").bytes();
        Block block = Block.decode(encoded, suite);
        if (!blocks.isEmpty()
            && block.header().number()
                != blocks.get(blocks.size() - 1).block().header().number() + 1) {
          throw new MalformedPacketException("block numbers are not consecutive");
        }
        blocks.add(new ReceivedBlock(block, encoded.length));
      }
    } catch (RuntimeException e) {
      throw new MalformedPacketException("malformed blocks: " + e.getMessage(), e);
    }
    return blocks;
  }
}
