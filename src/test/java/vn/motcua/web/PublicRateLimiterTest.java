package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicRateLimiterTest {

    @Test
    void aClientGetsItsLookupsAMinuteAndNoMore() {
        PublicRateLimiter limiter = new PublicRateLimiter(3);

        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isFalse();
        assertThat(limiter.allow("10.0.0.2")).as("another client is not affected").isTrue();
    }

    @Test
    void forgettingTheCountsGivesEveryClientItsBudgetAgain() {
        PublicRateLimiter limiter = new PublicRateLimiter(1);
        limiter.allow("10.0.0.1");
        assertThat(limiter.allow("10.0.0.1")).isFalse();

        limiter.forgetAll();

        assertThat(limiter.allow("10.0.0.1")).isTrue();
    }
}
