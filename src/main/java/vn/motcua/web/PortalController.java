package vn.motcua.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.engine.Role;
import vn.motcua.portal.PortalOutbox;
import vn.motcua.portal.PortalSettings;
import vn.motcua.security.EngineUser;

/**
 * The backlog of dossier states for the National Public Service Portal (README: 'Đồng bộ Cổng Dịch vụ công quốc
 * gia / National Public Service Portal'), for administrators and managers.
 */
@RestController
@RequestMapping("/api/portal")
class PortalController {

    private static final Set<String> READERS = Set.of(Role.ADMINISTRATOR.groupId(), Role.MANAGER.groupId());

    private final PortalOutbox outbox;
    private final PortalSettings settings;

    PortalController(PortalOutbox outbox, PortalSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * @param enabled   whether an endpoint is configured (without one nothing is sent and the changes wait)
     * @param endpoint  the endpoint's host, never its path nor the token
     * @param delayed   changes undelivered for longer than {@code alertAfter}: the figure to alarm on
     */
    record OutboxState(boolean enabled, String endpoint, long pending, long delayed, String alertAfter, long delivered,
                       OffsetDateTime oldestPendingAt, OffsetDateTime lastFailureAt, Integer lastFailureStatus,
                       String lastFailure) {
    }

    @GetMapping("/outbox")
    OutboxState outbox(@AuthenticationPrincipal EngineUser user) {
        Groups.require(user, READERS, "Chỉ quản trị hệ thống và người quản lý xem được hàng đợi gửi Cổng Dịch vụ công");
        // the outbox's moments are the wall clock's (PortalOutbox), not the engine's
        PortalOutbox.Backlog backlog = outbox.backlog(Clock.systemUTC().instant().minus(settings.alertAfter()));
        return new OutboxState(settings.enabled(), settings.enabled() ? settings.endpoint().getHost() : null,
                backlog.pending(), backlog.delayed(), settings.alertAfter().toString(), backlog.delivered(),
                backlog.oldestPendingAt(), backlog.lastFailureAt(), backlog.lastFailureStatus(), backlog.lastFailure());
    }
}
