package vn.motcua.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * The engine logs a command refused because its object belongs to another agency at ERROR, with a stack trace
 * ("ENGINE-16004 Exception while closing command context"), as if the server had failed. It is a refusal like any
 * other: the caller gets a 403 and the application logs it at WARN with the user (web.EngineRestConflicts,
 * web.ApiExceptionHandler), so the engine's line is left out.
 */
@Component
class TenantRefusalLogging {

    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    @PostConstruct
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(new EngineRefusals());
        }
    }

    static final class EngineRefusals extends TurboFilter {

        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                                  Throwable failure) {
            if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
                return FilterReply.NEUTRAL;
            }
            // the engine's loggers pass the exception as the last argument, not as the event's throwable
            Throwable logged = failure != null ? failure
                    : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
            return AgencyTenants.refused(logged) ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
    }
}
