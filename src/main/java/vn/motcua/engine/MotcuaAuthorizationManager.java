package vn.motcua.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.UserOperationLogQueryImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks, answered the same, cheaper.
 * <p>
 * <b>A grant on the very resource first.</b> Camunda answers every check with one statement that asks, for each
 * permission that would do, whether the user, one of their groups or everybody holds it on the resource or on all of
 * its kind (for completing a task: four permissions on the task and on its process definition, some twenty
 * {@code EXISTS} sub-queries), which MyBatis builds and H2 plans anew each time: a tenth of a dossier's walk in the
 * throughput benchmark. Most checks are met by one row, the grant a task gives its candidate group or a model gives
 * the groups that work it. So a check that any of its permissions satisfies first looks that row up by its key (each
 * of the caller's groups' grant on that resource id, then the user's own: the look-up Camunda makes before it creates
 * a grant); a grant holding the permission answers yes. Anything else (no such row, a check on all resources, a check whose every
 * permission is needed) goes to Camunda's statement. The answer is the same because Motcua never revokes
 * ({@code authorization-check-revokes: never}, under which Camunda ignores revocations too): a grant found is a grant
 * Camunda's statement would have found.
 * <p>
 * <b>The caller's groups as they are.</b> Camunda first narrows the groups to
 * those named in some authorization, with {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} in every
 * command of a signed-in user: a scan of the whole table, which grows by the authorizations every task leaves
 * for its history (HISTORIC_TASK, {@link MotcuaEnginePlugin}), so the cost of every click grew with the number
 * of dossiers ever handled. A group named in no authorization adds nothing to a check ({@code GROUP_ID_ IN (...)}
 * matches no row of it), so the check's answer is the same. A Motcua user has a role, a unit and perhaps a
 * leadership group; a caller with many more (a directory's nested groups) keeps Camunda's narrowing, so that no
 * check carries hundreds of group ids.
 */
class MotcuaAuthorizationManager extends AuthorizationManager {

    /** Up to this many groups, the checks take them all; beyond, Camunda's narrowing. */
    static final int MAX_UNFILTERED_GROUPS = 32;
    /** The user operation log's categories other than the administrators' (Camunda's three). */
    private static final List<String> NOT_ADMIN = List.of(UserOperationLogEntry.CATEGORY_TASK_WORKER,
            UserOperationLogEntry.CATEGORY_OPERATOR);

    /**
     * <b>The administrators' log to administrators.</b> An entry of the user operation log is read with a grant on its
     * historic process instance, which readers of every instance (managers, the province's roles) hold on all, and
     * the tenant check lets through an entry of no tenant: so a manager read every agency's changes of
     * authorizations, users and groups (category Admin, no instance, no tenant). Those are for administrators only;
     * Tasklist's and Cockpit's histories are of the other two categories.
     */
    @Override
    public void configureUserOperationLogQuery(UserOperationLogQueryImpl query) {
        super.configureUserOperationLogQuery(query);
        Authentication caller = getCurrentAuthentication();
        if (isAuthorizationEnabled() && caller != null && !isCamundaAdmin(caller)) {
            List<String> asked = askedCategories(query);
            List<String> allowed = asked == null ? NOT_ADMIN : asked.stream().filter(NOT_ADMIN::contains).toList();
            // no category at all: a value no entry has, so the query answers nothing rather than everything
            query.categoryIn(allowed.isEmpty() ? new String[] {"-"} : allowed.toArray(String[]::new));
        }
    }

    /** The categories the query asked for, or null for any: Camunda's query keeps them without a getter. */
    private static List<String> askedCategories(UserOperationLogQueryImpl query) {
        try {
            Field field = UserOperationLogQueryImpl.class.getDeclaredField("categories");
            field.setAccessible(true);
            String[] categories = (String[]) field.get(query);
            return categories == null ? null : List.of(categories);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // unreadable in another engine version: ask for no category rather than widen the answer
            return List.of();
        }
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
            return EMPTY_LIST;
        }
        if (authenticatedGroupIds.size() > MAX_UNFILTERED_GROUPS) {
            return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
        }
        List<String> groups = new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        groups.removeIf(java.util.Objects::isNull);
        return groups;
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck permissionCheck) {
        if (isAuthorizationEnabled() && isResourceValidForPermission(permissionCheck)
                && grantedOnTheResource(userId, groupIds, List.of(permissionCheck))) {
            return true;
        }
        return super.isAuthorized(userId, groupIds, permissionCheck);
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck compositePermissionCheck) {
        if (compositePermissionCheck.isDisjunctive()
                && compositePermissionCheck.getAllPermissionChecks().stream().allMatch(this::isResourceValidForPermission)
                && grantedOnTheResource(userId, groupIds, compositePermissionCheck.getAtomicChecks())) {
            return true;
        }
        return super.isAuthorized(userId, groupIds, compositePermissionCheck);
    }

    /** One of the checks met by a grant of the user or one of their groups on that very resource id. */
    private boolean grantedOnTheResource(String userId, List<String> groupIds, List<PermissionCheck> anyOf) {
        if (userId == null || groupIds != null && groupIds.size() > MAX_UNFILTERED_GROUPS
                || isRevokeAuthCheckEnabled(userId, groupIds)) {
            // a caller of very many groups: Camunda's one statement, not a look-up per group
            return false;
        }
        for (PermissionCheck check : anyOf) {
            String resourceId = check.getResourceId();
            if (resourceId == null || Authorization.ANY.equals(resourceId) || check.getResource() == null
                    || check.getResourceIdQueryParam() != null || check.getAuthorizationNotFoundReturnValue() != null) {
                continue;
            }
            if (groupIds != null) {
                for (String groupId : new LinkedHashSet<>(groupIds)) {
                    if (groupId != null && grants(findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT,
                            groupId, check.getResource(), resourceId), check)) {
                        return true;
                    }
                }
            }
            if (grants(findAuthorizationByUserIdAndResourceId(Authorization.AUTH_TYPE_GRANT, userId, check.getResource(),
                    resourceId), check)) {
                return true;
            }
        }
        return false;
    }

    private static boolean grants(AuthorizationEntity grant, PermissionCheck check) {
        return grant != null && (grant.getPermissions() & check.getPerms()) == check.getPerms();
    }

    /** Replaces the engine's {@link AuthorizationManager} in each command ({@code customSessionFactories}). */
    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new MotcuaAuthorizationManager();
        }
    }
}
