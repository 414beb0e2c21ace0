package vn.motcua.web;

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
}
