package vn.motcua.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most N public requests (lookups and feedback together) per client and minute, so neither dossier
 * codes nor lookup tokens can be tried by brute force. A fixed window per client address, kept in memory:
 * a node that restarts forgets, which is harmless.
 * <p>
 * The client is {@code request.getRemoteAddr()}: the peer of the TCP connection. By default
 * ({@code server.forward-headers-strategy: none}) an {@code X-Forwarded-For} header is ignored, so a
 * client cannot make itself many clients by sending one. Behind a reverse proxy every request would come
 * from the proxy; the operator then sets {@code server.forward-headers-strategy: native} and
 * {@code server.tomcat.remoteip.internal-proxies} to a regex of the proxy's own address only, and
 * Tomcat's RemoteIpValve puts the client's address, as the proxy saw it, in {@code getRemoteAddr()}.
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
        long minute = TimeUnit.NANOSECONDS.toMinutes(now());
        if (windows.size() > 10_000) {
            windows.values().removeIf(window -> window.minute() != minute);
        }
        Window window = windows.compute(client, (key, old) -> old == null || old.minute() != minute
                ? new Window(minute, new AtomicInteger()) : old);
        return window.count().incrementAndGet() <= perMinute;
    }

    static long now() {
        return System.nanoTime();
    }

    /** Forgets every client's count, as a restart does (tests that exhaust the budget call it after). */
    void forgetAll() {
        windows.clear();
    }
}
