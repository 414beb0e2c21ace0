package vn.motcua.engine;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own identity store, with four rules of Motcua's:
 * <ul>
 * <li>a user who is not an administrator reads only the accounts the engine's authorizations let them
 * read (themselves, the members of their departments: {@link #createMembership} keeps a department's
 * READ grant on each of its members), never another user's e-mail, and cannot search or sort by e-mail
 * nor list the groups of a user they cannot read;</li>
 * <li>a wrong password does not lock the account: the engine's per-user lock would let anyone lock out
 * any named user from anywhere; sign-in is throttled per client and user in front of the engine
 * instead (vn.motcua.security.LoginThrottle);</li>
 * <li>a department's grants follow its memberships, whoever changes them (seeder, Admin webapp, REST);</li>
 * <li>the tenants are the organisation's agencies and a user's tenants follow from their groups
 * ({@link AgencyTenants}), whatever the identity tables hold.</li>
 * </ul>
 * Code that runs with the engine's authorization checks off (Privileged) sees everything, as before.
 */
public class MotcuaIdentityProvider extends DbIdentityServiceProvider {

    private final Supplier<AgencyTenants> tenants;

    MotcuaIdentityProvider(Supplier<AgencyTenants> tenants) {
        this.tenants = tenants;
    }

    /** The engine's tenants are the agencies of the organisation, never tenants stored in the identity tables. */
    @Override
    public TenantEntity findTenantById(String id) {
        return AgencyTenantQuery.tenant(tenants.get(), id);
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new AgencyTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), tenants);
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new AgencyTenantQuery(tenants);
    }

    @Override
    public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
        Authentication caller = restrictedCaller();
        if (caller == null) {
            return super.findUserByQueryCriteria(query);
        }
        refuseEmailSearch(query);
        return super.findUserByQueryCriteria(query).stream()
                .map(user -> user.getId().equals(caller.getUserId()) ? user : withoutEmail(user)).toList();
    }

    @Override
    public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
        if (restrictedCaller() != null) {
            refuseEmailSearch(query);
        }
        return super.findUserCountByQueryCriteria(query);
    }

    @Override
    public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
        return mayListGroupsOf(query.getUserId()) ? super.findGroupByQueryCriteria(query) : List.of();
    }

    @Override
    public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
        return mayListGroupsOf(query.getUserId()) ? super.findGroupCountByQueryCriteria(query) : 0;
    }

    @Override
    protected boolean isUserLocked(UserEntity user) {
        return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
        // no per-user lock: see the class comment
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
        IdentityOperationResult result = super.createMembership(userId, groupId);
        if (isDepartment(groupId)) {
            grantDepartmentRead(groupId, userId);
        }
        return result;
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
        IdentityOperationResult result = super.deleteMembership(userId, groupId);
        if (isDepartment(groupId)) {
            getCommandContext().runWithoutAuthorization(() -> {
                deleteAuthorizationsForGroup(Resources.USER, userId, groupId);
                return null;
            });
        }
        return result;
    }

    /** The members of a department read each other's account (names in Tasklist); nobody else does. */
    private void grantDepartmentRead(String groupId, String userId) {
        AuthorizationEntity existing = getCommandContext().runWithoutAuthorization(() -> getAuthorizationManager()
                .findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, groupId, Resources.USER, userId));
        AuthorizationEntity authorization = existing;
        if (authorization == null) {
            authorization = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(Resources.USER);
            authorization.setResourceId(userId);
        } else if (authorization.isPermissionGranted(Permissions.READ)) {
            return;
        }
        authorization.addPermission(Permissions.READ);
        saveDefaultAuthorizations(new AuthorizationEntity[] {authorization});
    }

    private boolean isDepartment(String groupId) {
        if (Role.UNIT_ROLES.contains(groupId)) {
            return true;
        }
        GroupEntity group = findGroupById(groupId);
        return group != null && Role.DEPARTMENT_GROUP_TYPE.equals(group.getType());
    }

    /** The caller whose reads are limited, or null: no user, checks off (Privileged), or an administrator. */
    private Authentication restrictedCaller() {
        Authentication caller = getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null || !isAuthorizationEnabled()
                || !getCommandContext().isAuthorizationCheckEnabled()
                || getAuthorizationManager().isCamundaAdmin(caller)) {
            return null;
        }
        return caller;
    }

    private boolean mayListGroupsOf(String memberId) {
        Authentication caller = restrictedCaller();
        return memberId == null || caller == null || memberId.equals(caller.getUserId())
                || getAuthorizationManager().isAuthorized(Permissions.READ, Resources.USER, memberId);
    }

    private static void refuseEmailSearch(DbUserQueryImpl query) {
        boolean byEmail = query.getEmail() != null || query.getEmailLike() != null;
        for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
            byEmail |= UserQueryProperty.EMAIL.getName().equals(ordering.getQueryProperty().getName());
        }
        if (byEmail) {
            throw new BadUserRequestException("Chỉ quản trị hệ thống được tìm hoặc sắp xếp tài khoản theo e-mail.");
        }
    }

    /** A detached copy without the e-mail: the cached entity itself must not change, or it would be flushed. */
    private static User withoutEmail(User user) {
        UserEntity copy = new UserEntity(user.getId());
        copy.setFirstName(user.getFirstName());
        copy.setLastName(user.getLastName());
        if (user instanceof UserEntity entity) {
            copy.setRevision(entity.getRevision());
        }
        return copy;
    }
}
