package org.jbcos.node.config;

/**
 * {@code config.ini [rpc]}: where the SDK channel (TLS) and the HTTP JSON-RPC server listen.
 *
 * @param channelListenIp {@code channel_listen_ip}, default {@code listen_ip} (pre-2.3.0 name) or
 *     {@code 0.0.0.0}
 * @param channelListenPort {@code channel_listen_port}, default 20200
 * @param jsonrpcListenIp {@code jsonrpc_listen_ip}, default {@code listen_ip} or {@code 127.0.0.1}
 * @param jsonrpcListenPort {@code jsonrpc_listen_port}, default 8545
 * @param disableDynamicGroup {@code disable_dynamic_group}, default false
 * @param channelThreadCount {@code channel_thread_count}, default 8
 * @param jsonrpcThreadCount {@code jsonrpc_thread_count}, default 8
 */
public record RpcConfig(
    String channelListenIp,
    int channelListenPort,
    String jsonrpcListenIp,
    int jsonrpcListenPort,
    boolean disableDynamicGroup,
    int channelThreadCount,
    int jsonrpcThreadCount) {
  static final String SECTION = "rpc";
  private static final String LISTEN_IP = "listen_ip";
  private static final String CHANNEL_LISTEN_IP = "channel_listen_ip";
  private static final String CHANNEL_LISTEN_PORT = "channel_listen_port";
  private static final String JSONRPC_LISTEN_IP = "jsonrpc_listen_ip";
  private static final String JSONRPC_LISTEN_PORT = "jsonrpc_listen_port";
  private static final String DISABLE_DYNAMIC_GROUP = "disable_dynamic_group";
  private static final String CHANNEL_THREAD_COUNT = "channel_thread_count";
  private static final String JSONRPC_THREAD_COUNT = "jsonrpc_thread_count";

  public static final int DEFAULT_CHANNEL_PORT = 20200;
  public static final int DEFAULT_JSONRPC_PORT = 8545;
  private static final int DEFAULT_THREADS = 8;
  private static final int MAX_THREADS = 1024;

  /** Listening on 0.0.0.0:20200 (channel) and 127.0.0.1:8545 (JSON-RPC), as FISCO does. */
  public static RpcConfig defaults() {
    return new RpcConfig(
        "0.0.0.0",
        DEFAULT_CHANNEL_PORT,
        "127.0.0.1",
        DEFAULT_JSONRPC_PORT,
        false,
        DEFAULT_THREADS,
        DEFAULT_THREADS);
  }

  static RpcConfig read(SectionReader r) {
    String legacy = ip(r, LISTEN_IP, null);
    return new RpcConfig(
        ip(r, CHANNEL_LISTEN_IP, legacy == null ? "0.0.0.0" : legacy),
        r.integer(CHANNEL_LISTEN_PORT, DEFAULT_CHANNEL_PORT, 1, Addresses.MAX_PORT),
        ip(r, JSONRPC_LISTEN_IP, legacy == null ? "127.0.0.1" : legacy),
        r.integer(JSONRPC_LISTEN_PORT, DEFAULT_JSONRPC_PORT, 1, Addresses.MAX_PORT),
        r.bool(DISABLE_DYNAMIC_GROUP, false),
        r.integer(CHANNEL_THREAD_COUNT, DEFAULT_THREADS, 1, MAX_THREADS),
        r.integer(JSONRPC_THREAD_COUNT, DEFAULT_THREADS, 1, MAX_THREADS));
  }

  /** An IP address to listen on; FISCO takes no host names here. */
  static String ip(SectionReader r, String key, String defaultValue) {
    return r.entry(key)
        .map(
            e -> {
              if (!Addresses.isIp(e.value())) {
                throw r.error(e, "must be an IPv4 or IPv6 address, got \"" + e.value() + "\"");
              }
              return e.value();
            })
        .orElse(defaultValue);
  }

  void write(IniWriter w) {
    w.section(SECTION)
        .entry(CHANNEL_LISTEN_IP, channelListenIp)
        .entry(CHANNEL_LISTEN_PORT, channelListenPort)
        .entry(JSONRPC_LISTEN_IP, jsonrpcListenIp)
        .entry(JSONRPC_LISTEN_PORT, jsonrpcListenPort)
        .entry(DISABLE_DYNAMIC_GROUP, disableDynamicGroup)
        .entry(CHANNEL_THREAD_COUNT, channelThreadCount)
        .entry(JSONRPC_THREAD_COUNT, jsonrpcThreadCount);
  }
}
