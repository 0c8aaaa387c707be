package io.partybranch.common.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Captures every log record the application emits while open (through the root logger, at the levels
 * the configuration lets through), with its formatted message, stack trace and request id, so a test
 * can search what would have been written to the log.
 */
public final class LogCapture implements AutoCloseable {

    /** One captured line: logger, thread, the text as a log file would hold it, and the MDC request id. */
    public record Line(String logger, String thread, String text, String requestId) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message;
            String requestId = null;
            String thread = Thread.currentThread().getName();
            if (record instanceof ExtLogRecord ext) {
                message = ext.getFormattedMessage();
                requestId = ext.getMdc("requestId");
                thread = ext.getThreadName();
            } else {
                message = new SimpleFormatter().formatMessage(record);
            }
            StringBuilder text = new StringBuilder(String.valueOf(message));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append('\n').append(trace);
            }
            lines.add(new Line(record.getLoggerName(), thread, text.toString(), requestId));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        root.addHandler(handler);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The captured lines containing the text anywhere (message or stack trace). */
    public List<Line> containing(String text) {
        return lines.stream().filter(line -> line.text().contains(text)).toList();
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }
}
