package vn.motcua.portal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how dossier states are sent ({@code app.portal}; README: 'Đồng bộ Cổng Dịch vụ công quốc gia /
 * National Public Service Portal').
 *
 * @param endpoint       the URL each state change is POSTed to; empty: nothing is sent, the changes stay in the outbox
 * @param token          sent as {@code Authorization: Bearer <token>} when set
 * @param pollInterval   how long the sender rests between two rounds
 * @param batchSize      at most this many changes sent in one round
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for the answer; a change not answered in time is sent again, same key
 * @param lease          how long a node holds a change it is sending; longer than a whole attempt
 * @param initialBackoff the wait after a first failure, doubled with each further failure of that change
 * @param maxBackoff     the longest wait between two attempts
 * @param alertAfter     a change undelivered this long is counted as delayed and logged at WARN (that often)
 * @param nodeId         names the node in the claims; default: the host name and a random suffix
 */
@ConfigurationProperties("app.portal")
public record PortalSettings(
        URI endpoint,
        String token,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration requestTimeout,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("10s") Duration initialBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("1h") Duration alertAfter,
        String nodeId) {

    public PortalSettings {
        if (endpoint != null && endpoint.toString().isBlank()) {
            endpoint = null;
        }
        if (endpoint != null && !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
            throw new IllegalArgumentException("app.portal.endpoint must be an http or https URL: " + endpoint);
        }
        if (lease.compareTo(connectTimeout.plus(requestTimeout).multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("app.portal.lease (" + lease + ") must be at least twice "
                    + "connect-timeout + request-timeout: a node must finish an attempt before another may take the change");
        }
        if (batchSize < 1 || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("app.portal.batch-size and poll-interval must be positive");
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
    }

    public boolean enabled() {
        return endpoint != null;
    }

    /** Never the token: settings may be logged. */
    @Override
    public String toString() {
        return "PortalSettings[endpoint=" + endpoint + ", token=" + (token == null ? "none" : "***")
                + ", pollInterval=" + pollInterval + ", batchSize=" + batchSize + ", requestTimeout=" + requestTimeout
                + ", lease=" + lease + ", backoff=" + initialBackoff + ".." + maxBackoff + ", alertAfter=" + alertAfter
                + ", nodeId=" + nodeId + "]";
    }

    /** The wait before the next attempt of a change that failed {@code failures} times (1, 2, ...). */
    Duration backoff(int failures) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
