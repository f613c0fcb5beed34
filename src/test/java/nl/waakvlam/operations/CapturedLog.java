package nl.waakvlam.operations;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.context.ApplicationContext;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Everything the application logs while it is open, written as Spring Boot's structured JSON (ECS)
 * — what {@code WAAKVLAM_LOG_FORMAT=json} writes to the console — with the named logger at DEBUG.
 */
final class CapturedLog implements AutoCloseable {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final LoggingSystem logging;
    private final String loggerName;
    private final Logger root;

    private CapturedLog(ApplicationContext context, String loggerName) {
        this.logging = context.getBean(LoggingSystem.class);
        this.loggerName = loggerName;
        LoggerContext loggers = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(loggers);
        encoder.setFormat("ecs");
        encoder.start();
        appender.setContext(loggers);
        appender.setName("captured-json");
        appender.setEncoder(encoder);
        appender.setOutputStream(bytes);
        appender.start();
        root = loggers.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        logging.setLogLevel(loggerName, LogLevel.DEBUG);
    }

    static CapturedLog json(ApplicationContext context, String loggerName) {
        return new CapturedLog(context, loggerName);
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        logging.setLogLevel(loggerName, null);
        root.detachAppender(appender);
        appender.stop();
    }
}
