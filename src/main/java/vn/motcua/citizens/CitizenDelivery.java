package vn.motcua.citizens;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends queued messages: each right after the transaction that queued it commits, and every
 * {@code app.citizens.poll-interval} whatever is still due (a failed attempt's retry, a message whose node
 * stopped). One thread: an SMTP server that hangs delays notices, never a clerk's request.
 * <p>
 * Exactly once: a message is claimed with a conditional update before its send and marked sent right
 * after, so neither a second attempt here, nor the poller, nor another node sends it again. The one gap
 * no SMTP client can close: a crash after the server accepted a message and before it is marked sent
 * sends it again once its claim expires; it then carries the same Message-ID.
 * <p>
 * Timing uses the real clock, not the engine's: moving the engine clock (demo, tests) must not hold a
 * retry back for days.
 */
@Component
class CitizenDelivery implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CitizenDelivery.class);
    private static final int BATCH = 100;

    private final Clock clock = Clock.systemUTC();
    private final CitizenOutbox outbox;
    private final Map<String, CitizenChannel> channels;
    private final CitizenSettings settings;
    private volatile ScheduledExecutorService executor;

    CitizenDelivery(CitizenOutbox outbox, List<CitizenChannel> channels, CitizenSettings settings) {
        this.outbox = outbox;
        this.channels = channels.stream().collect(Collectors.toMap(CitizenChannel::name, Function.identity()));
        this.settings = settings;
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "citizen-notices");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.pollInterval().toMillis();
        if (every > 0) {
            started.scheduleWithFixedDelay(this::deliverDueQuietly, every, every, TimeUnit.MILLISECONDS);
        }
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Has the messages sent on the delivery thread, now; the poller catches any left over. */
    void soon(List<Long> ids) {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        try {
            running.execute(() -> ids.forEach(this::deliverQuietly));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // shutting down: the next start's poller sends them
        }
    }

    /** One round of the poller: every message due now. Returns how many were sent. */
    int deliverDue() {
        int sent = 0;
        for (long id : outbox.due(clock.instant(), BATCH)) {
            if (deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * One attempt at one message, if it is still to be sent and nobody else is trying it: true when it
     * was sent now.
     */
    boolean deliver(long id) {
        Instant now = clock.instant();
        Optional<CitizenMessage> claimed = outbox.claim(id, now, now.plus(settings.claimTimeout()));
        if (claimed.isEmpty()) {
            return false;
        }
        CitizenMessage message = claimed.get();
        CitizenChannel channel = channels.get(message.channel());
        try {
            if (channel == null) {
                throw new CitizenChannelException("no channel '" + message.channel() + "' in this application", false, null);
            }
            channel.send(message);
        } catch (CitizenChannelException | RuntimeException e) {
            boolean permanent = e instanceof CitizenChannelException failure && failure.permanent();
            int attempts = outbox.find(id).map(CitizenOutbox.Entry::attempts).orElse(1);
            Instant failedAt = clock.instant();
            Instant next = failedAt.plus(settings.retryAfter(attempts));
            outbox.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), permanent, failedAt, next);
            if (permanent) {
                LOG.error("Notice {} to the applicant of dossier {} by {} given up: {}", message.notice(),
                        message.dossierCode(), message.channel(), e.getMessage());
            } else {
                LOG.warn("Notice {} to the applicant of dossier {} by {} not sent (attempt {}), next at {}: {}",
                        message.notice(), message.dossierCode(), message.channel(), attempts, next, e.getMessage());
            }
            return false;
        }
        outbox.sent(id, clock.instant());
        LOG.info("Notice {} sent to the applicant of dossier {} by {}", message.notice(), message.dossierCode(),
                message.channel());
        return true;
    }

    private void deliverQuietly(long id) {
        try {
            deliver(id);
        } catch (RuntimeException e) {
            // the database itself failed: the message stays queued for the poller
            LOG.warn("Delivery of citizen message {} interrupted: {}", id, e.toString());
        }
    }

    private void deliverDueQuietly() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Delivery round of citizen messages interrupted: {}", e.toString());
        }
    }
}
