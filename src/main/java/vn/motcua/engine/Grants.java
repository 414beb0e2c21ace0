package vn.motcua.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/** Idempotent grants: running them again adds what is missing and never duplicates an authorization. */
final class Grants {

    private final AuthorizationService authorizations;

    Grants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = find(groupId, resource, resourceId);
        boolean changed = authorization == null;
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }

    /** Takes back permissions an earlier version granted; the authorization goes when nothing is left. */
    void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = find(groupId, resource, resourceId);
        if (authorization == null) {
            return;
        }
        boolean changed = false;
        for (Permission permission : permissions) {
            if (authorization.isPermissionGranted(permission)) {
                authorization.removePermission(permission);
                changed = true;
            }
        }
        if (authorization instanceof AuthorizationEntity entity && entity.getPermissions() == 0) {
            authorizations.deleteAuthorization(authorization.getId());
        } else if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }

    private Authorization find(String groupId, Resource resource, String resourceId) {
        return authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
    }
}
