package vn.motcua.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings ({@code app.security}).
 *
 * @param allowedOrigins origins (scheme://host[:port]) besides the server's own whose pages may send
 *                       state-changing requests to /api and /engine-rest, e.g. an agency portal; empty by default
 * @param login          sign-in throttling per client address and user name
 */
@ConfigurationProperties("app.security")
public record SecuritySettings(List<String> allowedOrigins, Login login) {

    public SecuritySettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        login = login == null ? new Login(0, null, null) : login;
    }

    /**
     * @param maxFailures wrong passwords in a row from one client for one user before that client waits
     * @param lockout     the first wait; it doubles with every further failure
     * @param maxLockout  the longest wait; a client's failures are forgotten after it
     */
    public record Login(int maxFailures, Duration lockout, Duration maxLockout) {
        public Login {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            lockout = lockout == null ? Duration.ofSeconds(30) : lockout;
            maxLockout = maxLockout == null ? Duration.ofMinutes(15) : maxLockout;
        }
    }
}
