package vn.motcua.engine;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * The authorizations the engine gives as things are created: Camunda's defaults, the assignment rule of
 * {@link TaskAssignmentRule}, and for a new user READ and UPDATE of their own account (their name,
 * e-mail and password) where Camunda gives ALL: a user, the read-only manager included, does not delete
 * their own account; administrators do.
 */
class MotcuaAuthorizationProvider extends TaskAssignmentRule {

    @Override
    public AuthorizationEntity[] newUser(User user) {
        AuthorizationEntity own = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        own.setUserId(user.getId());
        own.setResource(Resources.USER);
        own.setResourceId(user.getId());
        own.addPermission(READ);
        own.addPermission(UPDATE);
        return new AuthorizationEntity[] {own};
    }
}
