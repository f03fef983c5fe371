package io.github.helpdeskfaq.adapter.feishu;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Records every log event of the whole JVM, at every level, while it is open: the adapter's, Resilience4j's, anyone's.
 * Closing it restores the root level and detaches it.
 */
final class LogRecorder extends AppenderBase<ILoggingEvent> implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Level previousLevel = root.getLevel();
  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

  private LogRecorder() {}

  /** Starts recording everything, TRACE included. */
  static LogRecorder everything() {
    LogRecorder recorder = new LogRecorder();
    recorder.setContext(recorder.root.getLoggerContext());
    recorder.start();
    recorder.root.setLevel(Level.TRACE);
    recorder.root.addAppender(recorder);
    return recorder;
  }

  @Override
  protected void append(ILoggingEvent event) {
    event.prepareForDeferredProcessing();
    events.add(event);
  }

  /** Every line as it would be written: level, logger, message with its arguments, and any throwable's messages. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : events) {
      StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " "
          + event.getFormattedMessage());
      for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
        line.append(" | ").append(thrown.getClassName()).append(": ").append(thrown.getMessage());
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The WARN lines and above of the adapter's loggers, as written. */
  List<String> adapterWarnings() {
    return events.stream()
        .filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
        .filter(event -> event.getLoggerName().startsWith("io.github.helpdeskfaq"))
        .map(ILoggingEvent::getFormattedMessage)
        .collect(Collectors.toList());
  }

  @Override
  public void close() {
    root.detachAppender(this);
    root.setLevel(previousLevel);
    stop();
  }
}
