package vn.motcua.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;

/**
 * The engine's tenant query answered from the organisation ({@link AgencyTenants}), whatever identity store is in
 * use (the engine's tables or a directory, which holds no tenants): a user's tenants through their groups (a user
 * belongs to agencies only through units, so the query counts groups in whether or not it asks to), a group's, or
 * all, filtered by id and name, sorted by code. A user who is not an administrator lists only the tenants of an
 * account they may read, as for its groups.
 */
public class AgencyTenantQuery extends TenantQueryImpl {

    private final transient Supplier<AgencyTenants> tenants;

    public AgencyTenantQuery(CommandExecutor commandExecutor, Supplier<AgencyTenants> tenants) {
        super(commandExecutor);
        this.tenants = tenants;
    }

    public AgencyTenantQuery(Supplier<AgencyTenants> tenants) {
        this.tenants = tenants;
    }

    /** The agency of the code as the engine's tenant, or null. */
    public static TenantEntity tenant(AgencyTenants tenants, String code) {
        String name = code == null ? null : tenants.all().get(code);
        if (name == null) {
            return null;
        }
        TenantEntity tenant = new TenantEntity(code);
        tenant.setName(name);
        return tenant;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching(commandContext).size();
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
        List<Tenant> matching = matching(commandContext);
        int first = Math.min(Math.max(page == null ? getFirstResult() : page.getFirstResult(), 0), matching.size());
        int max = page == null ? getMaxResults() : page.getMaxResults();
        return matching.subList(first, (int) Math.min((long) first + Math.max(max, 0), matching.size()));
    }

    private List<Tenant> matching(CommandContext commandContext) {
        AgencyTenants agencies = tenants.get();
        Map<String, String> all = agencies.all();
        Collection<String> codes = all.keySet();
        if (getUserId() != null) {
            if (!mayRead(commandContext, getUserId())) {
                return List.of();
            }
            List<String> groupIds = commandContext.runWithoutAuthorization(() -> commandContext
                    .getReadOnlyIdentityProvider().createGroupQuery(commandContext).groupMember(getUserId()).list())
                    .stream().map(Group::getId).toList();
            codes = agencies.ofGroups(groupIds);
        } else if (getGroupId() != null) {
            codes = agencies.ofGroups(List.of(getGroupId()));
        }
        Set<String> ids = getIds() == null ? null : Set.of(getIds());
        Pattern nameLike = getNameLike() == null ? null : Pattern.compile(Pattern.quote(getNameLike())
                .replace("%", "\\E.*\\Q").replace("_", "\\E.\\Q"), Pattern.DOTALL);
        return codes.stream().filter(all::containsKey).sorted()
                .filter(code -> getId() == null || getId().equals(code))
                .filter(code -> ids == null || ids.contains(code))
                .filter(code -> getName() == null || getName().equals(all.get(code)))
                .filter(code -> nameLike == null || nameLike.matcher(all.get(code)).matches())
                .map(code -> (Tenant) tenant(agencies, code)).toList();
    }

    private static boolean mayRead(CommandContext commandContext, String userId) {
        Authentication caller = commandContext.getAuthentication();
        if (caller == null || caller.getUserId() == null || userId.equals(caller.getUserId())
                || !commandContext.getProcessEngineConfiguration().isAuthorizationEnabled()
                || !commandContext.isAuthorizationCheckEnabled()
                || commandContext.getAuthorizationManager().isCamundaAdmin(caller)) {
            return true;
        }
        return commandContext.getAuthorizationManager().isAuthorized(Permissions.READ, Resources.USER, userId);
    }
}
