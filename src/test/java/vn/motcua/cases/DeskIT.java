package vn.motcua.cases;

import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.Date;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import vn.motcua.MotcuaIT;

/**
 * Dossier integration tests as the demo desk plays them, on Thursday 5/3/2026 09:00 in Hà Nội (a
 * working day, before the 15:00 cut-off) unless a test moves the engine clock.
 */
@MotcuaIT
abstract class DeskIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    Desk desk;

    @BeforeEach
    void openTheDesk() {
        desk = new Desk(rest, json, taskService, identityService);
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 5, 9, 0).toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }
}
