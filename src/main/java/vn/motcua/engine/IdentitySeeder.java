package vn.motcua.engine;

import java.util.List;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At every start: the role groups, the configured departments and users, the administrator from the
 * environment, and the role authorizations; with the LDAP directory, only the authorizations, and a check that
 * the directory has an administrator. Idempotent; passwords of existing users are only reset
 * for the administrator given in the environment.
 */
@Component
class IdentitySeeder {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySeeder.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final IdentityProperties properties;

    IdentitySeeder(IdentityService identityService, AuthorizationService authorizationService,
                   IdentityProperties properties) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.properties = properties;
    }

    @PostConstruct
    void seed() {
        if (identityService.isReadOnly()) {
            checkDirectoryAdministrator();
        } else {
            seedIdentities();
        }
        Grants grants = new Grants(authorizationService);
        RoleAuthorizations.grant(grants);
        if (!identityService.isReadOnly()) {
            grantDepartmentsTheirMembers(grants);
        }
        noUserDeletesTheirOwnAccount();
    }

    /**
     * Users and groups come from the province's directory (vn.motcua.engine.directory), read-only: nothing is
     * created; the administrator is a directory account in the group camunda-admin.
     */
    private void checkDirectoryAdministrator() {
        if (!properties.users().isEmpty()) {
            LOG.warn("app.identity.users ({}) not created: users come from the LDAP directory", properties.users().keySet());
        }
        String adminGroup = Role.ADMINISTRATOR.groupId();
        IdentityProperties.Admin admin = properties.admin();
        if (admin.id() != null && !admin.id().isBlank()) {
            if (identityService.createUserQuery().userId(admin.id()).memberOfGroup(adminGroup).count() == 0) {
                throw new AdministratorMissingException("MOTCUA_ADMIN_USER " + admin.id()
                        + " is not an account of the LDAP directory in its group " + adminGroup + ".");
            }
        } else if (identityService.createUserQuery().memberOfGroup(adminGroup).count() == 0) {
            throw new AdministratorMissingException("The LDAP directory's group " + adminGroup + " has no member.");
        }
    }

    private void seedIdentities() {
        for (Role role : Role.values()) {
            ensureGroup(role.groupId(), role.displayName(), Role.GROUP_TYPE);
        }
        properties.departments().forEach((id, name) -> ensureGroup(id, name, Role.DEPARTMENT_GROUP_TYPE));
        properties.users().forEach((id, user) -> {
            ensureUser(id, user.password(), user.firstName(), user.lastName(), user.email(), false);
            user.groups().forEach(groupId -> ensureMembership(id, groupId));
        });
        IdentityProperties.Admin admin = properties.admin();
        if (admin.isGiven()) {
            ensureUser(admin.id(), admin.password(), "Quản trị", "hệ thống", null, true);
            ensureMembership(admin.id(), Role.ADMINISTRATOR.groupId());
        }
        if (identityService.createUserQuery().memberOfGroup(Role.ADMINISTRATOR.groupId()).count() == 0) {
            throw new AdministratorMissingException();
        }
    }

    /** Accounts created before MotcuaAuthorizationProvider got ALL on themselves, DELETE included: taken back. */
    private void noUserDeletesTheirOwnAccount() {
        for (Authorization own : authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.USER).hasPermission(Permissions.DELETE).unlimitedList()) {
            if (own.getUserId() != null && own.getUserId().equals(own.getResourceId())) {
                own.removePermission(Permissions.DELETE);
                authorizationService.saveAuthorization(own);
            }
        }
    }

    /**
     * The members of a department, or of the desk (Role.UNIT_ROLES), read each other's account. New memberships get this grant from the
     * engine (MotcuaIdentityProvider); this catches up memberships made before it existed.
     */
    private void grantDepartmentsTheirMembers(Grants grants) {
        List<String> units = new java.util.ArrayList<>(Role.UNIT_ROLES);
        identityService.createGroupQuery().groupType(Role.DEPARTMENT_GROUP_TYPE).unlimitedList()
                .forEach(department -> units.add(department.getId()));
        for (String unit : units) {
            for (User member : identityService.createUserQuery().memberOfGroup(unit).unlimitedList()) {
                grants.grant(unit, Resources.USER, member.getId(), Permissions.READ);
            }
        }
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
            LOG.info("Created group {} ({})", id, name);
        }
    }

    private void ensureUser(String id, String password, String firstName, String lastName, String email,
                            boolean resetPassword) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(password);
            identityService.saveUser(user);
            LOG.info("Created user {}", id);
        } else if (resetPassword && !identityService.checkPassword(id, password)) {
            user.setPassword(password);
            identityService.saveUser(user);
            LOG.info("Password of {} set from the environment", id);
        }
    }

    private void ensureMembership(String userId, String groupId) {
        if (identityService.createGroupQuery().groupId(groupId).singleResult() == null) {
            throw new IllegalStateException("User " + userId + " is configured in group " + groupId
                    + ", which is neither a role nor a configured department");
        }
        List<Group> groups = identityService.createGroupQuery().groupMember(userId).groupId(groupId).list();
        if (groups.isEmpty()) {
            identityService.createMembership(userId, groupId);
        }
    }
}
