package vn.motcua.web;

import java.util.concurrent.TimeUnit;

import org.springframework.context.ApplicationContext;

/**
 * For integration tests of other packages: every test client is 127.0.0.1, so a test that exhausts the
 * public budget forgets the counts after itself, or the next test of the minute would get 429.
 */
public final class PublicRateLimits {

    private PublicRateLimits() {
    }

    public static void forgetAll(ApplicationContext context) {
        context.getBean(PublicRateLimiter.class).forgetAll();
    }

    /**
     * Waits, if need be, until the limiter's current minute has at least {@code seconds} left, so a test
     * that counts requests up to the limit is not cut in two by a new window.
     */
    public static void awaitWindowWithSecondsLeft(int seconds) throws InterruptedException {
        long minute = TimeUnit.MINUTES.toNanos(1);
        long left = minute - Math.floorMod(PublicRateLimiter.now(), minute);
        if (left < TimeUnit.SECONDS.toNanos(seconds)) {
            TimeUnit.NANOSECONDS.sleep(left + TimeUnit.MILLISECONDS.toNanos(50));
        }
    }
}
