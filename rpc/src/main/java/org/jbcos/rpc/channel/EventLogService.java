package org.jbcos.rpc.channel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jbcos.crypto.CryptoSuite;
import org.jbcos.protocol.Block;
import org.jbcos.protocol.JsonHex;
import org.jbcos.protocol.LogEntry;
import org.jbcos.protocol.TransactionReceipt;
import org.jbcos.rpc.Json;
import org.jbcos.rpc.backend.ChainQueries;
import org.jbcos.rpc.backend.GroupBackend;
import org.jbcos.rpc.backend.NodeBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Event-log subscriptions (sdk-wire.md §6): 0x15 registers a filter, 0x16 removes it, and one
 * worker thread scans committed blocks for each filter, at most 3 blocks per filter per round,
 * pushing matches as 0x1002 and a final {@code result:1} once past {@code toBlock}.
 */
final class EventLogService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventLogService.class);

  static final int SUCCESS = 0;
  static final int PUSH_COMPLETED = 1;
  static final int INVALID_REQUEST = -41001;
  static final int GROUP_NOT_EXIST = -41002;
  static final int INVALID_REQUEST_RANGE = -41003;
  static final int NONEXISTENT_EVENT = -41007;

  static final int MAX_BLOCKS_PER_ROUND = 3;
  static final long IDLE_MILLIS = 100;

  private final NodeBackend node;
  private final int maxFilters;
  private final Map<String, Cursor> filters = new ConcurrentHashMap<>();
  private final ScheduledExecutorService worker;

  /** A filter and the next block it will scan; touched only by the worker after registration. */
  private static final class Cursor {
    final EventLogFilter filter;
    long next;

    Cursor(EventLogFilter filter, long next) {
      this.filter = filter;
      this.next = next;
    }
  }

  EventLogService(NodeBackend node, int maxFilters) {
    this.node = node;
    this.maxFilters = maxFilters;
    this.worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "rpc-event-logs");
              t.setDaemon(true);
              return t;
            });
    worker.scheduleWithFixedDelay(this::round, IDLE_MILLIS, IDLE_MILLIS, TimeUnit.MILLISECONDS);
  }

  void register(ChannelSession session, ChannelMessage message) {
    session.send(ChannelMessage.replyTo(message, status(registerCode(session, message))));
  }

  private int registerCode(ChannelSession session, ChannelMessage message) {
    Optional<EventLogRequest> parsed = EventLogRequest.parse(message.data(), false);
    if (parsed.isEmpty() || filters.size() >= maxFilters) {
      return INVALID_REQUEST;
    }
    EventLogRequest r = parsed.get();
    Optional<GroupBackend> group = node.group(r.groupId());
    if (group.isEmpty()) {
      return GROUP_NOT_EXIST;
    }
    long current = group.get().chain().blockNumber();
    long start = r.fromBlock().orElse(current);
    long to = r.toBlock().orElse(Long.MAX_VALUE);
    if (to < start) {
      return INVALID_REQUEST_RANGE;
    }
    EventLogFilter filter =
        new EventLogFilter(session, r.filterId(), r.groupId(), r.addresses(), r.topics(), to);
    filters.put(r.filterId(), new Cursor(filter, start));
    return SUCCESS;
  }

  void unregister(ChannelSession session, ChannelMessage message) {
    Optional<EventLogRequest> parsed = EventLogRequest.parse(message.data(), true);
    int code;
    if (parsed.isEmpty()) {
      code = INVALID_REQUEST;
    } else {
      code = filters.remove(parsed.get().filterId()) != null ? SUCCESS : NONEXISTENT_EVENT;
    }
    session.send(ChannelMessage.replyTo(message, status(code)));
  }

  /** Asks the worker to scan now (a block was committed). */
  void poke() {
    worker.execute(this::round);
  }

  void dropSession(ChannelSession session) {
    filters.values().removeIf(c -> c.filter.session() == session);
  }

  int size() {
    return filters.size();
  }

  private void round() {
    for (Cursor cursor : filters.values()) {
      try {
        scan(cursor);
      } catch (RuntimeException e) {
        LOG.warn("event-log filter {} failed; dropped", cursor.filter.filterId(), e);
        filters.remove(cursor.filter.filterId(), cursor);
      }
    }
  }

  private void scan(Cursor cursor) {
    EventLogFilter f = cursor.filter;
    Optional<GroupBackend> group = node.group(f.groupId());
    if (!f.session().isActive() || group.isEmpty()) {
      filters.remove(f.filterId(), cursor);
      return;
    }
    ChainQueries chain = group.get().chain();
    long end =
        Math.min(
            Math.min(chain.blockNumber(), f.toBlock()), cursor.next + MAX_BLOCKS_PER_ROUND - 1);
    List<Object> logs = new ArrayList<>();
    for (long n = cursor.next; n <= end; n++) {
      Optional<Block> block = chain.blockByNumber(n);
      if (block.isEmpty()) {
        end = n - 1;
        break;
      }
      collect(block.get(), f, group.get().cryptoSuite(), logs);
    }
    cursor.next = Math.max(cursor.next, end + 1);
    if (!logs.isEmpty()) {
      // the completion waits for the next round: the SDK handles pushes on a thread pool and could
      // otherwise see "completed" before the last logs
      push(f, logs, SUCCESS);
    } else if (cursor.next > f.toBlock()) {
      push(f, null, PUSH_COMPLETED);
      filters.remove(f.filterId(), cursor);
    }
  }

  private static void collect(Block block, EventLogFilter f, CryptoSuite suite, List<Object> out) {
    byte[] blockHash = null;
    for (int i = 0; i < block.receipts().size(); i++) {
      TransactionReceipt r = block.receipts().get(i);
      for (int j = 0; j < r.logs().size(); j++) {
        LogEntry log = r.logs().get(j);
        if (!f.matches(log)) {
          continue;
        }
        if (blockHash == null) {
          blockHash = block.header().hash(suite);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", JsonHex.bytes(log.address()));
        m.put("blockHash", JsonHex.bytes(blockHash));
        m.put("blockNumber", Long.toString(block.header().number()));
        m.put("data", JsonHex.bytes(log.data()));
        m.put("logIndex", JsonHex.quantity(j));
        m.put("topics", log.topics().stream().map(JsonHex::bytes).toList());
        m.put("transactionHash", JsonHex.bytes(block.transactions().get(i).hash(suite)));
        m.put("transactionIndex", JsonHex.quantity(i));
        out.add(m);
      }
    }
  }

  private static void push(EventLogFilter f, List<Object> logs, int result) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("filterID", f.filterId());
    m.put("logs", logs);
    m.put("result", result);
    f.session()
        .send(
            new ChannelMessage(
                MessageType.EVENT_LOG_PUSH,
                ChannelMessage.ZERO_SEQ,
                0,
                Handshake.withNewline(Json.write(m))));
  }

  private static byte[] status(int code) {
    return TopicBody.encode("", Handshake.withNewline(Json.write(Map.of("result", code))));
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
