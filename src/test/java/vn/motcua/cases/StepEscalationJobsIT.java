package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.ShippedCalendarMoments.vn;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * A step's escalation is the engine's, not the diagram's: one timer job per open user task, on the task's
 * execution (so Cockpit lists it with the dossier), moved when the due date moves, gone with the task,
 * and a new one for the new task when a step restarts after a supplement.
 */
class StepEscalationJobsIT extends DeskIT {

    private static final String LIQUOR = "MAU-SCT-RUOU-BB";
    private static final List<String> PAPERS = List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP");
    private static final String TYPE = "motcua-step-escalation";

    @Autowired
    ManagementService managementService;

    private List<JobEntity> stepJobs(String code) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).list().stream())
                .map(JobEntity.class::cast).filter(job -> TYPE.equals(job.getJobHandlerType())).toList();
    }

    private JobEntity onlyJobOf(String code, Task task) {
        List<JobEntity> jobs = stepJobs(code);
        assertThat(jobs).as("step jobs of %s", code).hasSize(1);
        assertThat(jobs.get(0).getJobHandlerConfigurationRaw()).endsWith("|" + task.getId());
        assertThat(jobs.get(0).getProcessInstanceId()).isEqualTo(task.getProcessInstanceId());
        assertThat(jobs.get(0).getProcessDefinitionKey()).isEqualTo("LiquorWholesaleLicenceProcess");
        return jobs.get(0);
    }

    @Test
    void eachOpenStepHasOneEscalationJobThatFollowsIt() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        Task handover = desk.openTask(code);

        // the handover waits for its warning first, before its due moment (15:00 rule: today 17:00)
        JobEntity first = onlyJobOf(code, handover);
        assertThat(first.getJobHandlerConfigurationRaw()).startsWith("WARN|");
        assertThat(first.getDuedate()).isBefore(handover.getDueDate());

        // a new due date moves the job with it
        Date later = Date.from(vn(2026, 3, 12, 17, 0).toInstant());
        taskService.setDueDate(handover.getId(), later);
        JobEntity moved = onlyJobOf(code, handover);
        assertThat(moved.getDuedate()).isAfter(first.getDuedate()).isBefore(later);
        // a change that leaves the due date alone leaves the job alone
        taskService.setPriority(handover.getId(), 60);
        assertThat(onlyJobOf(code, handover).getId()).isEqualTo(moved.getId());

        // completing the step deletes its job; the next step has its own
        desk.completeOk(handover, Map.of());
        Task appraisal = desk.openTask(code);
        onlyJobOf(code, appraisal);

        // the warning fires: the job now waits for the due moment itself
        ClockUtil.setCurrentTime(stepJobs(code).get(0).getDuedate());
        managementService.executeJob(stepJobs(code).get(0).getId());
        JobEntity due = onlyJobOf(code, appraisal);
        assertThat(due.getJobHandlerConfigurationRaw()).startsWith("DUE|");
        assertThat(due.getDuedate()).isEqualTo(appraisal.getDueDate());
        ClockUtil.setCurrentTime(appraisal.getDueDate());
        managementService.executeJob(due.getId());
        assertThat(stepJobs(code)).isEmpty();
    }

    @Test
    void aStepThatRestartsAfterASupplementGetsANewDueDateAndANewJob() throws Exception {
        String code = desk.submitOk(Desk.dossier(LIQUOR, PAPERS, "COMPLETE")).get("code").asText();
        desk.completeOk(desk.openTask(code), Map.of());
        Task appraisal = desk.openTask(code);
        desk.completeOk(appraisal, Map.of("appraisalOutcome", "SUPPLEMENT", "missingPapers", "Đơn đề nghị"));
        // waiting at the desk for the citizen: the desk's task has no allocation, so no step job
        assertThat(stepJobs(code)).isEmpty();

        ClockUtil.setCurrentTime(Date.from(vn(2026, 3, 11, 14, 0).toInstant()));
        assertThat(desk.api().send(Desk.CLERK, Desk.PASSWORD, HttpMethod.POST, "/api/dossiers/" + code + "/supplement",
                null).getStatusCode()).isEqualTo(HttpStatus.OK);

        Task again = desk.openTask(code);
        assertThat(again.getTaskDefinitionKey()).isEqualTo("Task_AppraiseDossier");
        assertThat(again.getDueDate()).isAfter(appraisal.getDueDate());
        Job job = onlyJobOf(code, again);
        assertThat(job.getDuedate()).isBefore(again.getDueDate());
    }
}
