package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new SecuritySettings.Login(5, Duration.ofSeconds(30), Duration.ofMinutes(15)), clock);

    @Test
    void anAttackerWhoGuessesTwentyTimesWaitsAndTheRealUserDoesNot() {
        // given twenty wrong passwords for clerk from the attacker's address
        for (int i = 0; i < 20; i++) {
            throttle.failed("203.0.113.9", "clerk");
        }

        // then the attacker waits, and the clerk at the desk signs in as usual
        assertThat(throttle.waitBefore("203.0.113.9", "clerk")).isPresent();
        assertThat(throttle.waitBefore("10.0.0.15", "clerk")).isEmpty();
        // and the attacker's guesses for clerk do not hold up their own account
        assertThat(throttle.waitBefore("203.0.113.9", "speca")).isEmpty();
    }

    @Test
    void fourWrongPasswordsCostNothingTheFifthAWait() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.15", "clerk");
        }
        assertThat(throttle.waitBefore("10.0.0.15", "clerk")).isEmpty();

        throttle.failed("10.0.0.15", "clerk");

        assertThat(throttle.waitBefore("10.0.0.15", "clerk")).contains(Duration.ofSeconds(30));
    }

    @Test
    void theWaitDoublesWithEveryFurtherFailureUpToFifteenMinutes() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("10.0.0.15", "clerk");
        }
        assertThat(throttle.waitBefore("10.0.0.15", "clerk")).contains(Duration.ofMinutes(1));

        for (int i = 0; i < 30; i++) {
            throttle.failed("10.0.0.15", "clerk");
        }
        assertThat(throttle.waitBefore("10.0.0.15", "clerk")).contains(Duration.ofMinutes(15));
    }

    @Test
    void afterTheWaitTheClientMayTryAgainAndTheRightPasswordClearsTheCount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.15", "clerk");
        }
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.waitBefore("10.0.0.15", "clerk")).isEmpty();

        throttle.succeeded("10.0.0.15", "clerk");
        throttle.failed("10.0.0.15", "clerk");

        assertThat(throttle.waitBefore("10.0.0.15", "clerk")).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterTheLongestWait() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.15", "clerk");
        }
        clock.advance(Duration.ofMinutes(16));

        throttle.failed("10.0.0.15", "clerk");

        assertThat(throttle.waitBefore("10.0.0.15", "clerk")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
