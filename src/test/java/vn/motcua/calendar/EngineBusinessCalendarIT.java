package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendar.vn;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotcuaIT;
import vn.motcua.engine.DossierVariables;

/** Modellers write 0.5WD in Camunda Modeler; the engine turns it into a moment on the working-day calendar. */
@MotcuaIT
class EngineBusinessCalendarIT {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @BeforeEach
    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("WorkingDayNotationProcess")
                .camundaHistoryTimeToLive(30).camundaVersionTag("1")
                .startEvent("StartEvent_Received")
                .userTask("Task_Appraise").camundaCandidateGroups("specialist")
                    .camundaDueDate("0.5WD").camundaFollowUpDate("${followUp}")
                .intermediateCatchEvent("TimerEvent_Wait").timerWithDuration("1WD")
                .intermediateCatchEvent("TimerEvent_Until").timerWithDate("2026-03-20T09:00:00")
                .endEvent("EndEvent_Done")
                .done();
        repositoryService.createDeployment().addModelInstance("WorkingDayNotationProcess.bpmn", model).deploy();
        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 6, 15, 0).toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void taskDueAndFollowUpDatesUseWorkingDays() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("WorkingDayNotationProcess",
                Map.of("followUp", "1WD"));

        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        // Friday 15:00 + 4 working hours = Monday 09:30; + 8 working hours = Monday 15:00
        assertThat(task.getDueDate()).isEqualTo(Date.from(vn(2026, 3, 9, 9, 30).toInstant()));
        assertThat(task.getFollowUpDate()).isEqualTo(Date.from(vn(2026, 3, 9, 15, 0).toInstant()));
    }

    @Test
    void aTaskIsNeverDueAfterTheDossier() {
        Date dossierDue = Date.from(vn(2026, 3, 6, 17, 0).toInstant());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("WorkingDayNotationProcess",
                Map.of("followUp", "P1D", DossierVariables.DOSSIER_DUE_DATE, dossierDue));

        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        assertThat(task.getDueDate()).isEqualTo(dossierDue);
        assertThat(task.getFollowUpDate()).isEqualTo(Date.from(vn(2026, 3, 7, 15, 0).toInstant()));
    }

    @Test
    void timersTakeWorkingDaysAndIsoDates() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("WorkingDayNotationProcess",
                Map.of("followUp", "1WD"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());

        Job wait = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(wait.getDuedate()).isEqualTo(Date.from(vn(2026, 3, 9, 15, 0).toInstant()));

        managementService.executeJob(wait.getId());
        Job until = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        // a plain ISO date keeps Camunda's own meaning
        assertThat(until.getDuedate()).isEqualTo(DateTimeUtil.parseDate("2026-03-20T09:00:00"));
    }
}
