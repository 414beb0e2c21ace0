package vn.motcua.cases;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

import vn.motcua.engine.DossierVariables;
import vn.motcua.organisation.Organisation;

/**
 * Gives each dossier's process instance its agency's code as tenant id, when the engine creates it (README:
 * 'Agencies and who sees them'): the deciding agency by registration's own rule, from the procedure, the commune
 * chosen at receipt and the starting clerk's desk ({@link DossierRegistration#agencyAtStart}), never from a value
 * the caller could change afterwards. An instance called from a dossier's belongs to the dossier's agency; the QMS
 * processes and anything else are shared (no tenant), as is everything without an organisation, and a dossier of an
 * agency the organisation does not list.
 */
class DossierTenants implements TenantIdProvider {

    private final Organisation organisation;
    private final Supplier<DossierRegistration> registration;

    DossierTenants(Organisation organisation, Supplier<DossierRegistration> registration) {
        this.organisation = organisation;
        this.registration = registration;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        if (organisation.isEmpty()) {
            return null;
        }
        if (context.getSuperExecution() != null) {
            return context.getSuperExecution().getTenantId();
        }
        // an agency the organisation does not list is nobody's tenant: its dossiers stay shared, read by authorizations
        return registration.get().agencyAtStart(context.getProcessDefinition().getId(),
                context.getVariables().get(DossierVariables.DECIDING_AGENCY))
                .filter(agency -> organisation.unit(agency).isPresent()).orElse(null);
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() != null ? context.getExecution().getTenantId() : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }
}
