package vn.motcua.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down password guessing without handing anyone a way to lock a colleague out: failures are
 * counted per client address and user name, so wrong passwords sent from one client make that client
 * wait before it may try that user again, and never the real user signing in from their own computer.
 * After {@code maxFailures} failures in a row the client waits {@code lockout}, doubled with every further
 * failure up to {@code maxLockout}; a right password clears the count. The engine's own per-user lock is
 * switched off (vn.motcua.engine.MotcuaIdentityProvider).
 */
class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    /** Beyond this many remembered clients, forgotten failures are swept before a new one is counted. */
    private static final int SWEEP_ABOVE = 10_000;

    private final SecuritySettings.Login settings;
    private final Clock clock;
    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(SecuritySettings.Login settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long this client must still wait before trying this user again, if it must. */
    Optional<Duration> waitBefore(String client, String user) {
        Failures current = failures.get(new Key(client, user));
        if (current == null || current.blockedUntil == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), current.blockedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    void failed(String client, String user) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> f.last.plus(settings.maxLockout()).isBefore(now));
        }
        Failures updated = failures.compute(new Key(client, user), (key, previous) -> {
            int count = previous == null || previous.last.plus(settings.maxLockout()).isBefore(now) ? 1 : previous.count + 1;
            Instant blockedUntil = null;
            if (count >= settings.maxFailures()) {
                int doublings = Math.min(count - settings.maxFailures(), 20);
                Duration wait = settings.lockout().multipliedBy(1L << doublings);
                blockedUntil = now.plus(wait.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : wait);
            }
            return new Failures(count, now, blockedUntil);
        });
        if (updated.count == settings.maxFailures()) {
            LOG.warn("Sign-in of user '{}' from {} throttled after {} wrong passwords", user, client, updated.count);
        }
    }

    void succeeded(String client, String user) {
        failures.remove(new Key(client, user));
    }

    private record Key(String client, String user) {
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }
}
