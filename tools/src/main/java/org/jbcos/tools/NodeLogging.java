package org.jbcos.tools;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.jbcos.node.config.LogConfig;
import org.slf4j.LoggerFactory;

/**
 * A running node's log: {@code [log] log_path}/log_YYYYMMDDHH.N.log at {@code [log] level} (block
 * commits, peers, view changes at info), files rolled by hour and {@code max_log_file_size}.
 * Warnings also still go to stderr (nohup.out).
 */
final class NodeLogging {
  /** Held so that java.util.logging keeps the level (it references loggers weakly). */
  private static final java.util.logging.Logger BOUNCY_CASTLE =
      java.util.logging.Logger.getLogger("org.bouncycastle");

  private NodeLogging() {}

  /** BouncyCastle's TLS logs every handshake at INFO through java.util.logging: keep warnings. */
  static void quietJavaUtilLogging() {
    BOUNCY_CASTLE.setLevel(java.util.logging.Level.WARNING);
  }

  static void configure(Path logDir, LogConfig log) {
    if (!log.enable()) {
      return;
    }
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n");
    encoder.start();

    RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
    file.setContext(context);
    file.setName("node-log");
    file.setEncoder(encoder);
    file.setImmediateFlush(log.flush());
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
    policy.setContext(context);
    policy.setParent(file);
    policy.setFileNamePattern(logDir.resolve("log_%d{yyyyMMddHH}.%i.log").toString());
    policy.setMaxFileSize(
        new FileSize(Math.max(1, log.maxLogFileSizeMb()) * FileSize.MB_COEFFICIENT));
    policy.start();
    file.setRollingPolicy(policy);
    file.start();

    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(level(log));
    root.addAppender(file);
    // chatty libraries stay at warn
    context.getLogger("io.netty").setLevel(Level.WARN);
    context.getLogger("org.bouncycastle").setLevel(Level.WARN);
    context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
    context.getLogger("org.mariadb").setLevel(Level.WARN);
  }

  private static Level level(LogConfig log) {
    return switch (log.level()) {
      case TRACE -> Level.TRACE;
      case DEBUG -> Level.DEBUG;
      case INFO -> Level.INFO;
      case WARNING -> Level.WARN;
      case ERROR, FATAL -> Level.ERROR;
    };
  }
}
