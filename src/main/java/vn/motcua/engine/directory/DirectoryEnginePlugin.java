package vn.motcua.engine.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.engine.AgencyTenants;
import vn.motcua.engine.IdentityProperties;
import vn.motcua.engine.Role;
import vn.motcua.organisation.Organisation;

/**
 * With {@code app.directory.ldap.enabled}, users and groups come from the province's LDAP directory through
 * Camunda's LDAP identity provider ({@link DirectoryIdentityProvider}); the engine's own store otherwise. Once
 * the engine is built, the directory must hold every group Motcua grants to or offers tasks to: the roles, the
 * departments of {@code app.identity.departments} and the groups of {@code app.organisation}'s units; else the
 * application does not start ({@link DirectoryIncompleteException}). Runs before the plugin that installs the
 * engine's own store, which then leaves this one in place.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DirectoryEnginePlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryEnginePlugin.class);

    private final DirectoryProperties properties;
    private final Set<String> requiredGroups = new LinkedHashSet<>();
    private final Set<String> unitGroups = new LinkedHashSet<>(Role.UNIT_ROLES);

    private final ObjectProvider<AgencyTenants> tenants;

    DirectoryEnginePlugin(DirectoryProperties properties, IdentityProperties identity, Organisation organisation,
                          ObjectProvider<AgencyTenants> tenants) {
        this.properties = properties;
        this.tenants = tenants;
        for (Role role : Role.values()) {
            requiredGroups.add(role.groupId());
        }
        unitGroups.addAll(identity.departments().keySet());
        organisation.units().forEach(unit -> unitGroups.addAll(unit.groups().values()));
        requiredGroups.addAll(unitGroups);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!properties.enabled()) {
            return;
        }
        LdapConfiguration ldap = ldapConfiguration(properties);
        Set<String> units = Set.copyOf(unitGroups);
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new DirectoryIdentityProvider(ldap, properties, units, tenants::getObject);
            }
        });
        LOG.info("Users and groups from the LDAP directory at {} (base {})", properties.url(), properties.baseDn());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (!properties.enabled()) {
            return;
        }
        Set<String> found = new java.util.HashSet<>();
        for (Group group : engine.getIdentityService().createGroupQuery()
                .groupIdIn(requiredGroups.toArray(String[]::new)).list()) {
            found.add(group.getId());
        }
        List<String> missing = new ArrayList<>();
        for (String id : requiredGroups) {
            if (!found.contains(id)) {
                missing.add(properties.directoryGroupId(id).equals(id) ? id
                        : id + " (" + properties.directoryGroupId(id) + " trong thư mục)");
            }
        }
        if (!missing.isEmpty()) {
            throw new DirectoryIncompleteException(properties, missing);
        }
    }

    static LdapConfiguration ldapConfiguration(DirectoryProperties properties) {
        LdapConfiguration ldap = new LdapConfiguration();
        ldap.setServerUrl(properties.url());
        ldap.setManagerDn(properties.managerDn());
        ldap.setManagerPassword(properties.managerPassword());
        ldap.setBaseDn(properties.baseDn());
        ldap.setUseSsl(properties.useSsl());
        ldap.setUserSearchBase(properties.userSearchBase());
        ldap.setUserSearchFilter(properties.userSearchFilter());
        ldap.setUserIdAttribute(properties.userIdAttribute());
        ldap.setUserFirstnameAttribute(properties.userFirstnameAttribute());
        ldap.setUserLastnameAttribute(properties.userLastnameAttribute());
        ldap.setUserEmailAttribute(properties.userEmailAttribute());
        ldap.setGroupSearchBase(properties.groupSearchBase());
        ldap.setGroupSearchFilter(properties.groupSearchFilter());
        ldap.setGroupIdAttribute(properties.groupIdAttribute());
        ldap.setGroupNameAttribute(properties.groupNameAttribute());
        ldap.setGroupMemberAttribute(properties.groupMemberAttribute());
        ldap.setPageSize(properties.pageSize());
        // Directories differ in server-side sorting: results come in the directory's order.
        ldap.setSortControlSupported(false);
        // An empty password never signs in (an LDAP bind without one is anonymous, and succeeds).
        ldap.setAllowAnonymousLogin(false);
        // Entries are filtered by the engine's authorizations (the roles' GROUP READ; a user's own account, and
        // their unit colleagues' through DirectoryIdentityProvider), as with the engine's own store.
        ldap.setAuthorizationCheckEnabled(true);
        ldap.setPasswordCheckCatchAuthenticationException(true);
        return ldap;
    }
}
