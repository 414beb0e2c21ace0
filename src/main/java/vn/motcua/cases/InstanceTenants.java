package vn.motcua.cases;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import vn.motcua.engine.DossierVariables;
import vn.motcua.organisation.Organisation;

/**
 * Gives each process instance its agency's code as tenant id when the engine creates it (README: 'Agencies and who
 * sees them'), never from a value the caller could change afterwards:
 * <ul>
 * <li>a dossier's: the deciding agency by registration's own rule, from the procedure, the commune chosen at receipt
 * and the starting clerk's desk ({@link DossierRegistration#agencyAtStart});</li>
 * <li>a QMS process's (an internal audit, a management review, a risk, a nonconformity, ...): the agency the
 * application named in the reserved variable {@link DossierVariables#QMS_AGENCY}, which no client can set; else the
 * agency of the user who starts it, when their groups make them a member of exactly one;</li>
 * <li>an instance called from another: the caller's.</li>
 * </ul>
 * Anything else is shared (no tenant): a QMS process started by its timer or by a user of several agencies without
 * naming one, a dossier of an agency the organisation does not list, and everything without an organisation.
 */
class InstanceTenants implements TenantIdProvider {

    private final Organisation organisation;
    private final Supplier<DossierRegistration> registration;
    private final Supplier<UserAgencies> agencies;

    InstanceTenants(Organisation organisation, Supplier<DossierRegistration> registration, Supplier<UserAgencies> agencies) {
        this.organisation = organisation;
        this.registration = registration;
        this.agencies = agencies;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        if (organisation.isEmpty()) {
            return null;
        }
        if (context.getSuperExecution() != null) {
            return context.getSuperExecution().getTenantId();
        }
        String definitionId = context.getProcessDefinition().getId();
        String agency;
        if (registration.get().isProcedure(definitionId)) {
            agency = registration.get().agencyAtStart(definitionId,
                    context.getVariables().get(DossierVariables.DECIDING_AGENCY)).orElse(null);
        } else {
            Object named = context.getVariables().get(DossierVariables.QMS_AGENCY);
            agency = named != null && !named.toString().isBlank() ? named.toString().strip() : starterAgency();
        }
        // an agency the organisation does not list is nobody's tenant: its instances stay shared, read by authorizations
        return agency != null && organisation.unit(agency).isPresent() ? agency : null;
    }

    /**
     * The one agency the user who starts the instance belongs to, or null: no user, one who sees several or every
     * agency, or the application starting it on its own decision (without the engine's authorization check: it names
     * the agency when it has one).
     */
    private String starterAgency() {
        CommandContext command = Context.getCommandContext();
        if (command == null || !command.isAuthorizationCheckEnabled() || command.getAuthenticatedUserId() == null
                || command.getAuthenticatedGroupIds() == null) {
            return null;
        }
        UserAgencies.Scope scope = agencies.get().scope(command.getAuthenticatedGroupIds());
        return !scope.every() && scope.agencies().size() == 1 ? scope.agencies().first() : null;
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
