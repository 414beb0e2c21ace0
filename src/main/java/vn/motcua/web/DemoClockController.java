package vn.motcua.web;

import java.time.Clock;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.security.EngineUser;

/**
 * Moving time, for training and tests (demo profile only): the engine's clock, and with it every
 * deadline and timer; due timers then fire as they would. Outside the demo profile this does not exist.
 */
@RestController
@RequestMapping("/api/admin/clock")
@Profile("demo")
class DemoClockController {

    private static final Logger LOG = LoggerFactory.getLogger(DemoClockController.class);

    private final Clock clock;

    DemoClockController(Clock clock) {
        this.clock = clock;
    }

    record ClockBody(String now) {
    }

    @GetMapping
    Map<String, String> now() {
        return Map.of("now", RequestValues.format(clock.instant().atZone(clock.getZone())));
    }

    @PutMapping
    Map<String, String> set(@RequestBody(required = false) ClockBody body, @AuthenticationPrincipal EngineUser user) {
        Date moment = Date.from(RequestValues.moment("now", body == null ? null : body.now()).toInstant());
        ClockUtil.setCurrentTime(moment);
        LOG.warn("Engine clock set to {} by {}", moment.toInstant(), user.id());
        return now();
    }

    @DeleteMapping
    ResponseEntity<Map<String, String>> reset(@AuthenticationPrincipal EngineUser user) {
        ClockUtil.reset();
        LOG.warn("Engine clock back to real time, by {}", user.id());
        return ResponseEntity.ok(now());
    }
}
