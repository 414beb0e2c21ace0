package vn.motcua.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most N public lookups per client and minute, so dossier codes cannot be guessed by brute force.
 * A fixed window per client address, kept in memory: a node that restarts forgets, which is harmless.
 */
@Component
class PublicRateLimiter {

    private final int perMinute;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    PublicRateLimiter(@Value("${app.public.lookups-per-minute:30}") int perMinute) {
        this.perMinute = perMinute;
    }

    private record Window(long minute, AtomicInteger count) {
    }

    boolean allow(String client) {
        long minute = TimeUnit.NANOSECONDS.toMinutes(System.nanoTime());
        if (windows.size() > 10_000) {
            windows.values().removeIf(window -> window.minute() != minute);
        }
        Window window = windows.compute(client, (key, old) -> old == null || old.minute() != minute
                ? new Window(minute, new AtomicInteger()) : old);
        return window.count().incrementAndGet() <= perMinute;
    }
}
