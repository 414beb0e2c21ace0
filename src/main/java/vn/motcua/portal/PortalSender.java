package vn.motcua.portal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's changes to {@code app.portal.endpoint} in the background (README: 'Đồng bộ Cổng Dịch vụ công
 * quốc gia / National Public Service Portal'): each round claims the next change due, POSTs it with its
 * {@code Idempotency-Key}, and marks it delivered on a 2xx; any other answer or no answer is a failure, tried again
 * after a backoff doubled each time up to {@code max-backoff}, the change's later ones waiting behind it. Every node
 * of a cluster runs one; the outbox's claims keep them from sending one change at once. Without an endpoint it
 * does not run.
 */
@Component
public class PortalSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSender.class);
    /** The longest rest between two looks at the delayed changes. */
    private static final Duration MAX_CHECK_INTERVAL = Duration.ofMinutes(5);

    private final PortalOutbox outbox;
    private final PortalSettings settings;
    private final Clock clock;
    private final String node;
    private final HttpClient http;

    private ScheduledExecutorService executor;
    private volatile boolean failing;
    private volatile Instant nextCheck = Instant.MIN;

    @Autowired
    PortalSender(PortalOutbox outbox, PortalSettings settings) {
        this(outbox, settings, Clock.systemUTC());
    }

    PortalSender(PortalOutbox outbox, PortalSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.node = settings.nodeId() != null && !settings.nodeId().isBlank() ? settings.nodeId()
                : hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * One round: sends the changes due, at most {@code batch-size}, until none is left or the endpoint fails
     * (unreachable, 5xx, 408, 429: the next round tries again). The number delivered.
     */
    public int sendDue() {
        if (!settings.enabled()) {
            return 0;
        }
        int delivered = 0;
        for (int i = 0; i < settings.batchSize(); i++) {
            Optional<PortalOutbox.Row> claimed = outbox.claimNext(node, clock.instant(), settings.lease());
            if (claimed.isEmpty()) {
                break;
            }
            Attempt attempt = send(claimed.get());
            if (attempt == Attempt.DELIVERED) {
                delivered++;
            } else if (attempt == Attempt.ENDPOINT_FAILING) {
                break;
            }
        }
        watchDelays();
        return delivered;
    }

    private enum Attempt { DELIVERED, REFUSED, ENDPOINT_FAILING }

    private Attempt send(PortalOutbox.Row row) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", row.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(row.payload(), java.nio.charset.StandardCharsets.UTF_8));
        if (settings.token() != null) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        Integer status = null;
        String error;
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                if (!outbox.delivered(row, status, clock.instant())) {
                    // this node's lease lapsed and another node took the change: the portal dedups by the key
                    LOG.info("Portal outbox: change {}/{} was delivered after this node's claim lapsed",
                            row.dossierCode(), row.sequence());
                }
                if (failing) {
                    failing = false;
                    LOG.info("Portal endpoint answers again: delivering the outbox");
                }
                return Attempt.DELIVERED;
            }
            error = "HTTP " + status;
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted (node stopping)";
        }
        int failures = row.attempts() + 1;
        Instant now = clock.instant();
        outbox.failed(row, status, error, now, now.plus(settings.backoff(failures)));
        boolean endpointFailing = status == null || status >= 500 || status == 408 || status == 429;
        if (!failing && endpointFailing) {
            failing = true;
            LOG.info("Portal endpoint failing ({}): changes are kept in the outbox and tried again", error);
        } else if (!endpointFailing) {
            LOG.warn("Portal refused change {}/{} ({}): tried again in {}", row.dossierCode(), row.sequence(), error,
                    settings.backoff(failures));
        }
        return endpointFailing ? Attempt.ENDPOINT_FAILING : Attempt.REFUSED;
    }

    /** Logs at WARN, now and then, the changes undelivered for longer than {@code alert-after}. */
    private void watchDelays() {
        Instant now = clock.instant();
        if (now.isBefore(nextCheck)) {
            return;
        }
        Duration every = settings.alertAfter().compareTo(MAX_CHECK_INTERVAL) < 0 ? settings.alertAfter() : MAX_CHECK_INTERVAL;
        nextCheck = now.plus(every);
        PortalOutbox.Backlog backlog = outbox.backlog(now.minus(settings.alertAfter()));
        if (backlog.delayed() > 0) {
            LOG.warn("Portal outbox: {} dossier state changes undelivered for more than {} (oldest {}; last failure: {})",
                    backlog.delayed(), settings.alertAfter(), backlog.oldestPendingAt(), backlog.lastFailure());
        }
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled()) {
            LOG.info("app.portal.endpoint is not set: dossier state changes are kept in the outbox, not sent");
            return;
        }
        if (settings.token() != null && "http".equals(settings.endpoint().getScheme())
                && !"localhost".equals(settings.endpoint().getHost())) {
            LOG.warn("app.portal.token is sent over plain HTTP to {}: use https", settings.endpoint().getHost());
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "portal-sender");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::round, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Sending dossier state changes to {} as node {}", settings.endpoint().getHost(), node);
    }

    private void round() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // a database hiccup: the next round tries again (an exception would end the schedule)
            LOG.warn("Portal outbox round failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    String node() {
        return node;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "node";
        }
    }
}
