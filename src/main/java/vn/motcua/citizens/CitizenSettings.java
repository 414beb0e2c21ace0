package vn.motcua.citizens;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notices to applicants ({@code app.citizens}).
 *
 * @param mailFrom        the sender of the e-mails (the SMTP server itself: {@code spring.mail.*})
 * @param pollInterval    how often messages not yet sent are looked for (those whose first attempt, right
 *                        after the commit, failed, and those of a node that stopped); zero: never (tests)
 * @param firstRetryAfter the wait after a first failed attempt, doubled after each further failure
 * @param maxRetryAfter   the longest wait between two attempts: a message is tried until it is sent
 * @param claimTimeout    how long one node's attempt holds a message: after it, another node (or this
 *                        one after a restart) may try it; longer than a send can take (SMTP timeouts)
 */
@ConfigurationProperties("app.citizens")
public record CitizenSettings(
        @DefaultValue("Motcua <no-reply@motcua.invalid>") String mailFrom,
        @DefaultValue("1m") Duration pollInterval,
        @DefaultValue("1m") Duration firstRetryAfter,
        @DefaultValue("1h") Duration maxRetryAfter,
        @DefaultValue("5m") Duration claimTimeout) {

    /** The wait before the next attempt after {@code attempts} failed ones. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < attempts && wait.compareTo(maxRetryAfter) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
    }
}
