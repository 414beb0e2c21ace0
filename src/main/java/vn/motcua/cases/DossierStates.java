package vn.motcua.cases;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes each change of a dossier's state as {@link DossierStateChanged}, from the dossier record as the
 * change left it, in the transaction of the change (README: 'Đồng bộ Cổng Dịch vụ công quốc gia / National
 * Public Service Portal'). Called once per change by the class that makes it; the desk's handover to the
 * deciding unit is a task listener ({@link DossierStatesEnginePlugin}).
 */
@Component
class DossierStates implements TaskListener {

    private final DossierRepository dossiers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierStates(DossierRepository dossiers, ApplicationEventPublisher events, Clock clock) {
        this.dossiers = dossiers;
        this.events = events;
        this.clock = clock;
    }

    /** The dossier with this code changed to the state; {@code detail} as {@link DossierStateChanged} says. */
    void changed(String code, DossierState state, String detail) {
        changed(dossiers.findByCodeWithoutPapers(code).orElseThrow(), state, detail);
    }

    /** The dossier's row as the change left it: one read, its papers (which no listener needs) not read. */
    private void changed(Dossier dossier, DossierState state, String detail) {
        events.publishEvent(new DossierStateChanged(dossier.code(), state, clock.instant(), dossier.promisedAt(),
                dossier.dueAt(), dossier.resultAt(), dossier.agencyCode(), dossier.procedureCode(), detail));
    }

    /**
     * The desk completed its handover step: the deciding unit processes the dossier now. A handover step in a
     * process that is no registered dossier (a model deployed from Modeler) changes no dossier.
     */
    @Override
    public void notify(DelegateTask task) {
        String root = ((ExecutionEntity) task.getExecution()).getRootProcessInstanceId();
        dossiers.findByProcessInstanceIdWithoutPapers(root)
                .ifPresent(dossier -> changed(dossier, DossierState.PROCESSING, null));
    }
}
