package vn.motcua.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.deadlines.Notification;
import vn.motcua.deadlines.Notifications;
import vn.motcua.security.EngineUser;

/** Warnings and escalations addressed to the user's groups (units and roles). */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Notifications notifications;
    private final Clock clock;

    NotificationController(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping
    List<Notification> unread(@AuthenticationPrincipal EngineUser user) {
        return notifications.unread(user.groupIds(), 200);
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id, @AuthenticationPrincipal EngineUser user) {
        if (!notifications.markRead(id, user.groupIds(), user.id(), OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE))) {
            throw new NotFoundException("Nhóm của ông/bà không có thông báo chưa đọc số " + id);
        }
        return ResponseEntity.noContent().build();
    }
}
