package vn.motcua.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks with the caller's groups as they are. Camunda first narrows the groups to
 * those named in some authorization, with {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} in every
 * command of a signed-in user: a scan of the whole table, which grows by the authorizations every task leaves
 * for its history (HISTORIC_TASK, {@link MotcuaEnginePlugin}), so the cost of every click grew with the number
 * of dossiers ever handled. A group named in no authorization adds nothing to a check ({@code GROUP_ID_ IN (...)}
 * matches no row of it), so the check's answer is the same. A Motcua user has a role, a unit and perhaps a
 * leadership group; a caller with many more (a directory's nested groups) keeps Camunda's narrowing, so that no
 * check carries hundreds of group ids.
 */
class CallerGroupsAuthorizationManager extends AuthorizationManager {

    /** Up to this many groups, the checks take them all; beyond, Camunda's narrowing. */
    static final int MAX_UNFILTERED_GROUPS = 32;

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

    /** Replaces the engine's {@link AuthorizationManager} in each command ({@code customSessionFactories}). */
    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new CallerGroupsAuthorizationManager();
        }
    }
}
