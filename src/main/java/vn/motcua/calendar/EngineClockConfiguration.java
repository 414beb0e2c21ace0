package vn.motcua.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application and the engine: moving the engine's clock moves the application's too. */
@Configuration(proxyBeanMethods = false)
class EngineClockConfiguration {

    @Bean
    Clock clock() {
        return new EngineClock(VietnamTime.ZONE);
    }

    /** A {@link Clock} that reads Camunda's {@link ClockUtil}. */
    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new EngineClock(zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.now().toInstant();
        }
    }
}
