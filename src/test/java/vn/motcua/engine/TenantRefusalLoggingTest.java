package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** The engine's ERROR line for a command on another agency's object is left out; its real failures are not. */
class TenantRefusalLoggingTest {

    private final LoggerContext context = new LoggerContext();
    private final TenantRefusalLogging.EngineRefusals filter = new TenantRefusalLogging.EngineRefusals();

    @Test
    void theEnginesLineForAnotherAgencysTaskIsLeftOut() {
        ProcessEngineException refused = new ProcessEngineException(
                "ENGINE-13034 Cannot work on task 't1' because it belongs to no authenticated tenant.");

        assertThat(decide(TenantRefusalLogging.ENGINE_CONTEXT_LOGGER, "ENGINE-16004 {}", refused))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void otherFailuresAndOtherLoggersAreKept() {
        assertThat(decide(TenantRefusalLogging.ENGINE_CONTEXT_LOGGER, "ENGINE-16004 {}",
                new ProcessEngineException("ENGINE-03005 database failure"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decide("vn.motcua.cases", "{}", new ProcessEngineException(
                "Cannot work on task 't1' because it belongs to no authenticated tenant."))).isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decide(String loggerName, String format, Throwable failure) {
        return filter.decide(null, context.getLogger(loggerName), Level.ERROR, format, new Object[] {failure}, null);
    }
}
