package vn.motcua.deadlines;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.engine.StepProperties;
import vn.motcua.measurement.StepRecord;
import vn.motcua.measurement.StepRecords;

/**
 * Each agency of an inter-agency procedure owns its share of the time (README: 'Deadlines, escalations and the
 * official forms'): its
 * sub-process records the handover to it and back, with its own deadline
 * ({@code ${agencyShares.started(execution)}}, {@code ${agencyShares.ended(execution)}}).
 */
@Component("agencyShares")
public class AgencyShares {

    private final DossierDeadlines deadlines;
    private final StepRecords steps;
    private final Escalations escalations;

    AgencyShares(DossierDeadlines deadlines, StepRecords steps, Escalations escalations) {
        this.deadlines = deadlines;
        this.steps = steps;
        this.escalations = escalations;
    }

    public void started(DelegateExecution execution) {
        ExecutionEntity scope = (ExecutionEntity) execution;
        Date due = deadlines.stepDueAt(execution);
        steps.shareStarted(execution.getActivityInstanceId(), scope.getRootProcessInstanceId(),
                execution.getProcessInstanceId(), execution.getCurrentActivityId(),
                StepProperties.of(scope.getActivity(), "agencyName"), StepProperties.of(scope.getActivity(),
                        StepProperties.AGENCY_CODE), DossierDeadlines.allocation(scope.getActivity(), scope),
                DossierDeadlines.now().toOffsetDateTime(), due == null ? null
                        : due.toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime());
    }

    public void ended(DelegateExecution execution) {
        steps.shareEnded(execution.getActivityInstanceId(), DossierDeadlines.now().toOffsetDateTime());
    }

    /** The agency's share is over its deadline: the head of the one-stop desk is told. */
    public void overdue(DelegateExecution execution, String subProcessId) {
        StepRecord share = steps.open(execution.getProcessBusinessKey(), subProcessId).orElse(null);
        if (share != null) {
            escalations.agencyOverdue(execution, share.stepName(), share.dueAt() == null ? null
                    : Date.from(share.dueAt().toInstant()), subProcessId);
        }
    }
}
