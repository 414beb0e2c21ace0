package vn.motcua.cases;

import java.util.List;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import vn.motcua.engine.DossierVariables;

/**
 * Keeps the applicant's personal data out of the engine's history: a start form submitted in Tasklist
 * sets it as process variables for an instant, before registration moves it to the dossier table.
 */
class PersonalDataHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler next;

    PersonalDataHistoryFilter(HistoryEventHandler next) {
        this.next = next;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isPersonalData(event)) {
            next.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    static boolean isPersonalData(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return DossierVariables.PERSONAL_DATA.contains(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity formProperty) {
            return DossierVariables.PERSONAL_DATA.contains(formProperty.getPropertyId());
        }
        return false;
    }
}
