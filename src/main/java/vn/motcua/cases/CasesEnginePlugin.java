package vn.motcua.cases;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.motcua.engine.HistoryWriter;
import vn.motcua.organisation.Organisation;

/**
 * Puts the personal-data filter in front of the engine's history writer ({@link HistoryWriter}), and gives each
 * dossier's and each QMS record's instance its agency as tenant ({@link InstanceTenants}).
 */
@Component
class CasesEnginePlugin extends AbstractProcessEnginePlugin {

    private final Organisation organisation;
    private final ObjectProvider<DossierRegistration> registration;
    private final ObjectProvider<UserAgencies> agencies;

    CasesEnginePlugin(Organisation organisation, ObjectProvider<DossierRegistration> registration,
                      ObjectProvider<UserAgencies> agencies) {
        this.organisation = organisation;
        this.registration = registration;
        this.agencies = agencies;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new PersonalDataHistoryFilter(new HistoryWriter()));
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setTenantIdProvider(new InstanceTenants(organisation, registration::getObject, agencies::getObject));
    }
}
