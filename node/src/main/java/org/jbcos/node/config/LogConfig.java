package org.jbcos.node.config;

/**
 * {@code config.ini [log]}: the node's log files.
 *
 * @param enable {@code enable}, default true
 * @param logPath {@code log_path}, default {@code log} (relative to the node directory)
 * @param level {@code level}, default info
 * @param maxLogFileSizeMb {@code max_log_file_size} in MB, default 200
 * @param flush {@code flush}, default true: flush every line
 * @param enableStatistic {@code enable_statistic}, default false
 * @param statFlushIntervalSeconds {@code stat_flush_interval} in seconds, default 60
 */
public record LogConfig(
    boolean enable,
    String logPath,
    LogLevel level,
    int maxLogFileSizeMb,
    boolean flush,
    boolean enableStatistic,
    int statFlushIntervalSeconds) {
  static final String SECTION = "log";
  private static final String ENABLE = "enable";
  private static final String LOG_PATH = "log_path";
  private static final String LEVEL = "level";
  private static final String MAX_LOG_FILE_SIZE = "max_log_file_size";
  private static final String FLUSH = "flush";
  private static final String ENABLE_STATISTIC = "enable_statistic";
  private static final String STAT_FLUSH_INTERVAL = "stat_flush_interval";
  private static final int DEFAULT_MAX_SIZE_MB = 200;
  private static final int DEFAULT_STAT_INTERVAL = 60;

  public static LogConfig defaults() {
    return new LogConfig(
        true, "log", LogLevel.INFO, DEFAULT_MAX_SIZE_MB, true, false, DEFAULT_STAT_INTERVAL);
  }

  static LogConfig read(SectionReader r) {
    return new LogConfig(
        r.bool(ENABLE, true),
        r.string(LOG_PATH, "log"),
        r.choice(LEVEL, LogLevel.INFO, LogLevel.class),
        r.integer(MAX_LOG_FILE_SIZE, DEFAULT_MAX_SIZE_MB, 1, Integer.MAX_VALUE),
        r.bool(FLUSH, true),
        r.bool(ENABLE_STATISTIC, false),
        r.integer(STAT_FLUSH_INTERVAL, DEFAULT_STAT_INTERVAL, 1, Integer.MAX_VALUE));
  }

  void write(IniWriter w) {
    w.section(SECTION)
        .entry(ENABLE, enable)
        .entry(LOG_PATH, logPath)
        .comment("enable/disable the statistics function")
        .entry(ENABLE_STATISTIC, enableStatistic)
        .comment("network statistics interval, unit is second, default is 60s")
        .entry(STAT_FLUSH_INTERVAL, statFlushIntervalSeconds)
        .comment("trace, debug, info, warning, error or fatal")
        .entry(LEVEL, level.toString())
        .comment("MB")
        .entry(MAX_LOG_FILE_SIZE, maxLogFileSizeMb)
        .entry(FLUSH, flush);
  }
}
