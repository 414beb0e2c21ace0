package vn.motcua.deadlines;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.DossierVariables;

/**
 * What happens when a deadline passes: a notification to the responsible unit and its head, in the firing
 * job's own transaction, once per recipient. A step's warning and escalation come from the engine's
 * {@link StepEscalationJobs}; the dossier-level ones from the models' timers, e.g.
 * {@code ${escalations.dossierOverdue(execution)}}.
 */
@Component("escalations")
public class Escalations {

    private static final Logger LOG = LoggerFactory.getLogger(Escalations.class);

    private final Notifications notifications;
    private final NotificationMail mail;
    private final UnitHeads heads;
    private final DeadlineSettings settings;
    private final DossierDeadlines deadlines;
    private final TaskService taskService;

    Escalations(Notifications notifications, NotificationMail mail, UnitHeads heads, DeadlineSettings settings,
                DossierDeadlines deadlines, @Lazy TaskService taskService) {
        this.notifications = notifications;
        this.mail = mail;
        this.heads = heads;
        this.settings = settings;
        this.deadlines = deadlines;
        this.taskService = taskService;
    }

    void stepDueSoon(DelegateTask task) {
        step(task, NotificationKind.STEP_DUE_SOON);
    }

    void stepOverdue(DelegateTask task) {
        step(task, NotificationKind.STEP_OVERDUE);
    }

    /** The appraiser must send the supplement request soon, or not at all. */
    public void supplementLimitSoon(DelegateExecution execution, String taskKey) {
        Task task = openTask(execution, taskKey);
        List<String> units = task == null ? List.of() : units(task);
        send(execution, NotificationKind.SUPPLEMENT_LIMIT_SOON, taskKey, withHeads(units), null,
                deadlines.supplementLimitAt(execution));
    }

    /** One working day before the promised return moment, to the unit holding the dossier and its head. */
    public void dossierDueSoon(DelegateExecution execution) {
        List<String> units = List.of(deadlines.holdingUnits(execution).split(","));
        send(execution, NotificationKind.DOSSIER_DUE_SOON, null, withHeads(units), null, deadlines.dossierDueAt(execution));
    }

    /** The due moment passed unresolved: the holding unit and its head are told, and the dossier is marked overdue. */
    public void dossierOverdue(DelegateExecution execution) {
        DossierVariables.setDossierOverdue(execution);
        List<String> units = List.of(deadlines.holdingUnits(execution).split(","));
        send(execution, NotificationKind.DOSSIER_OVERDUE, null, withHeads(units), null, deadlines.dossierDueAt(execution));
    }

    /** Each agency of an inter-agency procedure owns its share of the time; a late one is reported to the desk's head. */
    void agencyOverdue(DelegateExecution execution, String agencyName, Date dueAt, String subProcessId) {
        List<String> recipients = new ArrayList<>(withHeads(List.of(deadlines.holdingUnits(execution).split(","))));
        if (!recipients.contains(settings.deskHeadGroup())) {
            recipients.add(settings.deskHeadGroup());
        }
        send(execution, NotificationKind.AGENCY_OVERDUE, subProcessId, recipients, agencyName, dueAt);
    }

    /** The result is ready before the due day: the citizen is told in advance that it may be collected early. */
    public void earlyReturnNotice(DelegateExecution execution, Date dueAt) {
        send(execution, NotificationKind.EARLY_RETURN, null, List.of(Notifications.APPLICANT), null, dueAt);
    }

    private void step(DelegateTask task, NotificationKind kind) {
        List<String> units = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        send(task.getExecution(), kind, task.getTaskDefinitionKey(), withHeads(units), task.getName(), task.getDueDate());
    }

    void send(DelegateExecution execution, NotificationKind kind, String activityId, List<String> recipients,
              String subject, Date due) {
        String code = execution.getProcessBusinessKey();
        Object round = execution.getVariable(DossierVariables.SUPPLEMENT_ROUND);
        OffsetDateTime now = DossierDeadlines.now().toOffsetDateTime();
        OffsetDateTime dueAt = due == null ? null : due.toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime();
        String message = kind.message(subject, code, dueAt == null ? "" : VietnamTime.SHOWN.format(dueAt));
        List<String> sent = new ArrayList<>();
        for (String recipient : recipients) {
            String key = String.join("|", code, kind.name(), String.valueOf(activityId), String.valueOf(round), recipient);
            if (notifications.add(key, code, kind, activityId, recipient, message, dueAt, now)) {
                sent.add(recipient);
            }
        }
        if (!sent.isEmpty()) {
            LOG.info("{} for dossier {} to {}", kind, code, sent);
            mail.afterCommit(sent.stream().filter(r -> !Notifications.APPLICANT.equals(r)).toList(), message);
        }
    }

    private List<String> withHeads(List<String> units) {
        Set<String> recipients = new LinkedHashSet<>(units);
        for (String unit : units) {
            String head = heads.of(unit);
            if (head != null) {
                recipients.add(head);
            }
        }
        return new ArrayList<>(recipients);
    }

    private Task openTask(DelegateExecution execution, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).listPage(0, 1).stream().findFirst().orElse(null);
    }

    private List<String> units(Task task) {
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }
}
