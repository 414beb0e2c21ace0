package vn.motcua.cases;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.deadlines.DossierClock;
import vn.motcua.engine.DossierVariables;
import vn.motcua.measurement.StepRecords;

/**
 * The supplement after appraisal (Decree 61/2018/NĐ-CP Art. 19(4): the time restarts once the papers arrive):
 * the request is recorded when the dossier starts
 * waiting at the desk ({@code ${dossierSupplements.requested(execution)}}); when the papers arrive
 * ({@code ${dossierSupplements.received(task)}}, or {@code POST /api/dossiers/{code}/supplement}) the
 * statutory time starts again from zero, with a new promised return moment and a new receipt.
 */
@Component("dossierSupplements")
public class DossierSupplements {

    public static final String WAITING_TASK = "Task_ReceiveSupplement";

    private static final Logger LOG = LoggerFactory.getLogger(DossierSupplements.class);

    private final DossierRepository dossiers;
    private final DossierClock dossierClock;
    private final TaskService taskService;
    private final Clock clock;

    private final DossierMeasurements measurements;
    private final StepRecords steps;

    DossierSupplements(DossierRepository dossiers, DossierClock dossierClock, @Lazy TaskService taskService, Clock clock,
                       DossierMeasurements measurements, StepRecords steps) {
        this.measurements = measurements;
        this.steps = steps;
        this.dossiers = dossiers;
        this.dossierClock = dossierClock;
        this.taskService = taskService;
        this.clock = clock;
    }

    public void requested(DelegateExecution execution) {
        String code = dossiers.ofExecution(execution).code();
        String by = Context.getCommandContext() != null ? Context.getCommandContext().getAuthenticatedUserId() : null;
        OffsetDateTime now = now();
        int round = dossiers.supplementRequested(code, DossierVariables.missingPapers(execution),
                by, now);
        measurements.supplementRequested(dossiers.findByCodeWithoutPapers(code).orElseThrow(), now);
        steps.supplementRequested(code, DossierVariables.missingPapers(execution));
        measurements.stateChanged(code, DossierState.SUPPLEMENT_REQUESTED, DossierVariables.missingPapers(execution));
        DossierVariables.setSupplementRound(execution, round);
        LOG.info("Dossier {}: supplement {} requested after appraisal", code, round);
    }

    /** Decree 61/2018 Art. 19(4): the complete dossier is back, the processing time restarts from zero. */
    public void received(DelegateTask task) {
        Dossier dossier = dossiers.ofExecution(task.getExecution());
        String code = dossier.code();
        OffsetDateTime now = now();
        OffsetDateTime due = dossierClock.start(task.getExecution(), now, dossier.statutoryWorkingDays(), dossier.agencyCode());
        dossiers.supplementReceived(code, now);
        dossiers.clockStarted(code, now, due);
        DossierVariables.clearAppraisalOutcome(task.getExecution());
        measurements.stateChanged(code, DossierState.SUPPLEMENT_RECEIVED, null);
        LOG.info("Dossier {}: supplement received, new due {}", code, due);
    }

    /** The desk records the papers' arrival through the API; the dossier must be waiting for them. */
    public void receive(Dossier dossier) {
        if (dossier.status() != DossierStatus.WAITING_SUPPLEMENT) {
            throw new DossierConflictException("Hồ sơ " + dossier.code() + " không ở trạng thái chờ bổ sung ("
                    + (dossier.outcome() != null ? dossier.outcome().label() : dossier.status().label()) + ")");
        }
        Task waiting = taskService.createTaskQuery().processInstanceId(dossier.processInstanceId())
                .taskDefinitionKey(WAITING_TASK).singleResult();
        if (waiting == null) {
            throw new DossierConflictException("Hồ sơ " + dossier.code() + " không có bước tiếp nhận hồ sơ bổ sung đang mở");
        }
        taskService.complete(waiting.getId(), java.util.Map.of("supplementComplete", true));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
    }
}
