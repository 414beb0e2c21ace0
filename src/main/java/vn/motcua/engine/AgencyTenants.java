package vn.motcua.engine;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The engine's tenants are the province's agencies (README: 'Agencies and who sees them'): each dossier's process
 * instance carries its agency's code as tenant id, and the engine shows a signed-in user only the instances, tasks,
 * jobs and history of their tenants. Which tenants a user has is not stored in the identity store: it follows from
 * their groups through the organisation, so it holds the same for the embedded identity and for a directory, and a
 * user moved to another unit changes agency with their groups. Implemented by the cases module.
 */
public interface AgencyTenants {

    /** Every agency that is a tenant, code to name, sorted by code; empty for an installation of one agency. */
    Map<String, String> all();

    /** The tenants of a user in these groups. */
    Set<String> ofGroups(Collection<String> groupIds);

    /**
     * Whether the engine refused a command on something of another agency ("... because it belongs to no authenticated
     * tenant"): the engine says so with a plain ProcessEngineException, which is a 403, not a server failure.
     */
    static boolean refused(Throwable failure) {
        return failure != null && failure.getClass() == ProcessEngineException.class && failure.getMessage() != null
                && failure.getMessage().contains("belongs to no authenticated tenant");
    }
}
