package vn.motcua.engine.directory;

import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import javax.naming.directory.SearchResult;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserEntity;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

import vn.motcua.engine.AgencyTenantQuery;
import vn.motcua.engine.AgencyTenants;

/**
 * Camunda's LDAP identity provider with Motcua's rules of the engine's own store (vn.motcua.engine.MotcuaIdentityProvider):
 * <ul>
 * <li>a user who is not an administrator reads their own account and those of the members of their units (a
 * department, an office, the desk: {@code unitGroups}), as the directory has them now, never another user's
 * e-mail, cannot search or sort by e-mail, and lists only the groups of the users they read;</li>
 * <li>directory groups carry Motcua's group ids: the value of the group id attribute, renamed through
 * {@code app.directory.ldap.group-map}; a group id in a query is escaped, never a filter of the caller's.</li>
 * </ul>
 * Code that runs with the engine's authorization checks off (Privileged, sign-in, start-up) sees everything.
 */
class DirectoryIdentityProvider extends LdapIdentityProviderSession {

    private final DirectoryProperties properties;
    private final Set<String> unitGroups;
    /** The caller's unit colleagues (lower case), listed once per command. */
    private Set<String> colleagues;
    private boolean listingColleagues;

    private final Supplier<AgencyTenants> tenants;

    DirectoryIdentityProvider(LdapConfiguration configuration, DirectoryProperties properties, Set<String> unitGroups,
                              Supplier<AgencyTenants> tenants) {
        super(configuration);
        this.properties = properties;
        this.unitGroups = unitGroups;
        this.tenants = tenants;
    }

    /** A directory holds no tenants: the agencies are the organisation's, a user's follow from their groups. */
    @Override
    public Tenant findTenantById(String id) {
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
    public List<User> findUserByQueryCriteria(LdapUserQueryImpl query) {
        Authentication caller = listingColleagues ? null : restrictedCaller();
        if (caller == null) {
            return super.findUserByQueryCriteria(query);
        }
        refuseEmailSearch(query);
        colleaguesOf(caller);
        return super.findUserByQueryCriteria(query).stream()
                .map(user -> user.getId().equalsIgnoreCase(caller.getUserId()) ? user : withoutEmail(user)).toList();
    }

    @Override
    public long findUserCountByQueryCriteria(LdapUserQueryImpl query) {
        return findUserByQueryCriteria(query).size();
    }

    @Override
    protected boolean isAuthenticatedAndAuthorized(String userId) {
        return listingColleagues || super.isAuthenticatedAndAuthorized(userId)
                || colleagues != null && userId != null && colleagues.contains(userId.toLowerCase(Locale.ROOT));
    }

    /**
     * The members of a group the directory does not have: none. Camunda's provider would search from the
     * directory's root instead, and list the members of every group.
     */
    @Override
    protected List<User> findUsersByGroupId(LdapUserQueryImpl query) {
        if (getDnForGroup(query.getGroupId()).isEmpty()) {
            return List.of();
        }
        return super.findUsersByGroupId(query);
    }

    @Override
    protected boolean isAuthorizedToReadGroup(String groupId) {
        return listingColleagues || super.isAuthorizedToReadGroup(groupId);
    }

    @Override
    public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
        return mayListGroupsOf(query.getUserId()) ? super.findGroupByQueryCriteria(query) : List.of();
    }

    @Override
    public long findGroupCountByQueryCriteria(LdapGroupQuery query) {
        return findGroupByQueryCriteria(query).size();
    }

    @Override
    protected GroupEntity transformGroup(SearchResult result) {
        GroupEntity group = super.transformGroup(result);
        group.setId(properties.motcuaGroupId(group.getId()));
        if (group.getName() == null) {
            group.setName(group.getId());
        }
        return group;
    }

    /** Camunda's filter, with Motcua's group ids turned back into the directory's, and escaped. */
    @Override
    protected String getGroupSearchFilter(LdapGroupQuery query) {
        String idAttribute = ldapConfiguration.getGroupIdAttribute();
        StringWriter search = new StringWriter();
        search.write("(&");
        search.write(ldapConfiguration.getGroupSearchFilter());
        if (query.getId() != null) {
            addFilter(idAttribute, directoryId(query.getId()), search);
        }
        if (query.getIds() != null && query.getIds().length > 0) {
            search.write("(|");
            for (String id : query.getIds()) {
                addFilter(idAttribute, directoryId(id), search);
            }
            search.write(")");
        }
        if (query.getName() != null) {
            addFilter(ldapConfiguration.getGroupNameAttribute(), escapeLDAPSearchFilter(query.getName()), search);
        }
        if (query.getNameLike() != null) {
            // '*' stays a wildcard here, as Camunda's provider lets it (the DB's '%' was turned into it)
            addFilter(ldapConfiguration.getGroupNameAttribute(), query.getNameLike().replace("(", "\\28")
                    .replace(")", "\\29"), search);
        }
        if (query.getUserId() != null) {
            String userDn = ldapConfiguration.isUsePosixGroups() ? query.getUserId() : getDnForUser(query.getUserId());
            addFilter(ldapConfiguration.getGroupMemberAttribute(), escapeLDAPSearchFilter(userDn), search);
        }
        search.write(")");
        return search.toString();
    }

    private String directoryId(String motcuaId) {
        return escapeLDAPSearchFilter(properties.directoryGroupId(motcuaId));
    }

    /** The members of the caller's units, as the directory has them now: a move to another unit counts at once. */
    private void colleaguesOf(Authentication caller) {
        if (colleagues != null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        listingColleagues = true;
        try {
            for (String group : caller.getGroupIds() == null ? List.<String>of() : caller.getGroupIds()) {
                if (unitGroups.contains(group)) {
                    LdapUserQueryImpl members = new LdapUserQueryImpl(ldapConfiguration);
                    members.memberOfGroup(group);
                    super.findUserByQueryCriteria(members)
                            .forEach(member -> ids.add(member.getId().toLowerCase(Locale.ROOT)));
                }
            }
        } finally {
            listingColleagues = false;
        }
        colleagues = ids;
    }

    private boolean mayListGroupsOf(String memberId) {
        Authentication caller = listingColleagues ? null : restrictedCaller();
        if (memberId == null || caller == null || memberId.equalsIgnoreCase(caller.getUserId())) {
            return true;
        }
        colleaguesOf(caller);
        return colleagues.contains(memberId.toLowerCase(Locale.ROOT))
                || isAuthorizedToRead(Resources.USER, memberId);
    }

    /** The caller whose reads are limited, or null: no user, checks off (Privileged), or an administrator. */
    private static Authentication restrictedCaller() {
        CommandContext context = Context.getCommandContext();
        Authentication caller = context.getAuthentication();
        if (caller == null || caller.getUserId() == null
                || !context.getProcessEngineConfiguration().isAuthorizationEnabled()
                || !context.isAuthorizationCheckEnabled()
                || context.getAuthorizationManager().isCamundaAdmin(caller)) {
            return null;
        }
        return caller;
    }

    private static void refuseEmailSearch(LdapUserQueryImpl query) {
        boolean byEmail = query.getEmail() != null || query.getEmailLike() != null;
        for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
            byEmail |= UserQueryProperty.EMAIL.getName().equals(ordering.getQueryProperty().getName());
        }
        if (byEmail) {
            throw new BadUserRequestException("Chỉ quản trị hệ thống được tìm hoặc sắp xếp tài khoản theo e-mail.");
        }
    }

    /** A copy without the e-mail; it keeps the entry's DN, which Camunda's provider looks members up by. */
    private static User withoutEmail(User user) {
        LdapUserEntity copy = new LdapUserEntity();
        copy.setId(user.getId());
        copy.setFirstName(user.getFirstName());
        copy.setLastName(user.getLastName());
        if (user instanceof LdapUserEntity entry) {
            copy.setDn(entry.getDn());
        }
        return copy;
    }
}
