package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class PortalSettingsTest {

    private static PortalSettings settings(URI endpoint, Duration lease) {
        return new PortalSettings(endpoint, " ", Duration.ofSeconds(5), 100, Duration.ofSeconds(5),
                Duration.ofSeconds(15), lease, Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofHours(1), null);
    }

    @Test
    void eachFailureDoublesTheWaitUpToTheCap() {
        PortalSettings settings = settings(URI.create("https://dvc.example.gov.vn/api"), Duration.ofMinutes(2));

        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backoff(6)).isEqualTo(Duration.ofSeconds(320));
        assertThat(settings.backoff(7)).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.backoff(1000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void anEmptyEndpointTurnsSendingOffAndTheTokenIsNeverPrinted() {
        PortalSettings off = settings(URI.create(""), Duration.ofMinutes(2));
        PortalSettings on = new PortalSettings(URI.create("https://dvc.example.gov.vn/api"), "bi-mat", Duration.ofSeconds(5),
                100, Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofMinutes(2), Duration.ofSeconds(10),
                Duration.ofMinutes(10), Duration.ofHours(1), null);

        assertThat(off.enabled()).isFalse();
        assertThat(off.token()).isNull();
        assertThat(on.enabled()).isTrue();
        assertThat(on.toString()).doesNotContain("bi-mat");
    }

    @Test
    void aLeaseShorterThanAnAttemptIsRefused() {
        // a node could still be sending when another one takes the change
        assertThatThrownBy(() -> settings(URI.create("https://dvc.example.gov.vn/api"), Duration.ofSeconds(30)))
                .hasMessageContaining("lease");
        assertThatThrownBy(() -> settings(URI.create("ftp://dvc.example.gov.vn/api"), Duration.ofMinutes(2)))
                .hasMessageContaining("http");
    }
}
