package vn.motcua.desk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.CalendarService;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierAccess;
import vn.motcua.cases.DossierService;
import vn.motcua.engine.Privileged;
import vn.motcua.files.FileKind;
import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.StepRecords;

/**
 * Builds the dossier card of a task. Who gets it: a user who may see the task in Tasklist (a candidate or
 * the assignee: the engine's own authorization decides, asked as the caller) or who may read the dossier
 * (DossierAccess); anybody else is told there is no such card. The applicant is shown as DossierAccess
 * allows: in full, with the ID number masked, or not at all.
 */
@Service
public class DossierCards {

    private final ProcessEngine engine;
    private final DossierService dossiers;
    private final DossierAccess access;
    private final StepRecords steps;
    private final StaffNames names;
    private final CalendarService calendar;
    private final Clock clock;

    private final vn.motcua.cases.DossierDocuments documents;

    DossierCards(ProcessEngine engine, DossierService dossiers, DossierAccess access, StepRecords steps,
                 StaffNames names, CalendarService calendar, Clock clock, vn.motcua.cases.DossierDocuments documents) {
        this.documents = documents;
        this.engine = engine;
        this.dossiers = dossiers;
        this.access = access;
        this.steps = steps;
        this.names = names;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The card of the task for the user, or empty when the task is not a dossier's step the user may see. */
    public Optional<DossierCard> ofTask(String taskId, String userId, List<String> groupIds) {
        String code = steps.dossierCodesOfTasks(List.of(taskId)).get(taskId);
        Dossier dossier = code == null ? null : dossiers.find(code).orElse(null);
        if (dossier == null) {
            return Optional.empty();
        }
        DossierAccess.Reading reading = access.reading(dossier, userId, groupIds);
        if (reading == DossierAccess.Reading.NONE && !TaskVisibility.visible(engine, List.of(taskId)).contains(taskId)) {
            return Optional.empty();
        }
        return Optional.of(card(taskId, dossier, reading, userId, groupIds));
    }

    private DossierCard card(String taskId, Dossier dossier, DossierAccess.Reading reading, String userId,
                             List<String> groupIds) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        TaskFacts task = taskFacts(taskId, userId, groupIds);
        List<StepRecord> records = steps.ofDossier(dossier.code());
        StepRecord current = records.stream().filter(step -> step.taskId().equals(taskId)).findFirst().orElse(null);
        Map<String, String> unitNames = names.units(records.stream().map(StepRecord::unit).toList());
        Map<String, String> people = names.people(records.stream().map(StepRecord::completedBy).toList());

        List<DossierCard.Step> lines = new ArrayList<>();
        for (StepRecord step : records) {
            lines.add(new DossierCard.Step(step.taskId(), step.kind(), step.stepName(), step.activityId(), step.unit(),
                    StaffNames.unitName(step.unit(), unitNames), step.completedBy(),
                    step.completedBy() == null ? null : people.getOrDefault(step.completedBy(), step.completedBy()),
                    step.startedAt(), step.dueAt(), step.endedAt(),
                    step.timeliness() == null ? null : step.timeliness().name(),
                    step.timeliness() == null ? null : step.timeliness().label(),
                    step.outcome() == null ? null : step.outcome().name(),
                    step.outcome() == null ? null : step.outcome().label(), step.note(), step.taskId().equals(taskId)));
        }
        Set<String> done = records.stream().filter(step -> !step.isOpen() && step.activityId() != null)
                .map(StepRecord::activityId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));

        OffsetDateTime stepDue = task.due() != null ? task.due() : current == null ? null : current.dueAt();
        BigDecimal stepLeft = workingHoursLeft(now, stepDue, dossier.agencyCode());
        DossierCard.CurrentStep step = new DossierCard.CurrentStep(current == null ? null : current.unit(),
                current == null ? null : StaffNames.unitName(current.unit(), unitNames),
                current == null ? null : current.startedAt(), stepDue,
                current == null ? null : current.allocationDays(), stepLeft,
                stepDue != null && now.isAfter(stepDue) && task.open());

        Dossier shown = reading == DossierAccess.Reading.MASKED ? dossier.withIdNumberMasked() : dossier;
        return new DossierCard(taskId, task.name(), task.activityId(), task.processDefinitionId(),
                dossier.procedureCode(), dossier.procedureName(), dossier.versionTag(), dossier.code(),
                dossier.status().name(), dossier.status().label(), dossier.channel().name(), dossier.channel().label(),
                dossier.receivedAt(), dossier.dueAt(), workingHoursLeft(now, dossier.dueAt(), dossier.agencyCode()),
                reading.name(), reading == DossierAccess.Reading.NONE ? null : shown.applicant(),
                dossier.papers().stream().map(paper -> new DossierCard.Paper(paper.code(), paper.name())).toList(),
                step, lines, List.copyOf(done), uploadKind(task.formKey()), task.worker(),
                reading == DossierAccess.Reading.NONE ? List.of() : documents.issued(dossier));
    }

    /** Working hours from now to the due moment on the agency's calendar; negative when it has passed. */
    private BigDecimal workingHoursLeft(OffsetDateTime now, OffsetDateTime due, String agencyCode) {
        if (due == null) {
            return null;
        }
        boolean overdue = now.isAfter(due);
        Duration time = overdue ? calendar.workingTime(due.toZonedDateTime(), now.toZonedDateTime(), agencyCode).duration()
                : calendar.workingTime(now.toZonedDateTime(), due.toZonedDateTime(), agencyCode).duration();
        BigDecimal hours = BigDecimal.valueOf(time.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.DOWN);
        return overdue ? hours.negate() : hours;
    }

    private record TaskFacts(String name, String activityId, String processDefinitionId, OffsetDateTime due,
                             boolean open, String formKey, boolean worker) {
    }

    /**
     * The task as the engine knows it, open or (once completed) in its history, read for a caller already let
     * in; whether they work it: its assignee, or a member of one of its candidate groups.
     */
    private TaskFacts taskFacts(String taskId, String userId, List<String> groupIds) {
        return Privileged.call(engine, () -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
            if (task != null) {
                boolean worker = userId.equals(task.getAssignee()) || engine.getTaskService().getIdentityLinksForTask(taskId)
                        .stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                                && (userId.equals(link.getUserId()) || groupIds.contains(link.getGroupId())));
                return new TaskFacts(task.getName(), task.getTaskDefinitionKey(), task.getProcessDefinitionId(),
                        moment(task.getDueDate()), true,
                        task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey(), worker);
            }
            HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                    .singleResult();
            // a step that is over attaches nothing more
            return done == null ? new TaskFacts(null, null, null, null, false, null, false)
                    : new TaskFacts(done.getName(), done.getTaskDefinitionKey(), done.getProcessDefinitionId(),
                    moment(done.getDueDate()), false, null, false);
        });
    }

    static OffsetDateTime moment(Date date) {
        return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), VietnamTime.ZONE);
    }

    /**
     * The kind of file the step attaches, by its task form, as the dossier files' own rule (README: 'Tệp của
     * hồ sơ / Dossier files'); null for a step that attaches none.
     */
    private static String uploadKind(String formKey) {
        FileKind kind = FileKind.attachedAtForm(formKey);
        return kind == null ? null : kind.name();
    }
}
