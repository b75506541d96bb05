package org.jbcos.evm;

import java.util.List;

/**
 * An event emitted by LOG0..LOG4.
 *
 * @param address the emitting contract
 * @param topics 0 to 4 topics
 * @param data the log data
 */
public record Log(Address address, List<Word> topics, byte[] data) {
  public Log {
    topics = List.copyOf(topics);
    data = data.clone();
  }
}
