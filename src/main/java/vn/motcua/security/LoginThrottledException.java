package vn.motcua.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many wrong passwords for this user from this client: answered 429 with Retry-After. */
class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many wrong passwords from this client");
        this.retryAfter = retryAfter;
    }

    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
