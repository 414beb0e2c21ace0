package vn.motcua.cases;

import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
    @Autowired
    ManagementService managementService;

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

    /** Moves the engine clock to the moment. */
    void at(ZonedDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.toInstant()));
    }

    /** Executes the dossier's due timer jobs, as the job executor would (it is off in tests); returns how many fired. */
    int fireDueTimers(String code) {
        int fired = 0;
        for (int round = 0; round < 10; round++) {
            List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                    .map(ProcessInstance::getId)
                    .flatMap(id -> managementService.createJobQuery().processInstanceId(id).timers().executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return fired;
            }
            for (Job job : due) {
                managementService.executeJob(job.getId());
                fired++;
            }
        }
        return fired;
    }
}
