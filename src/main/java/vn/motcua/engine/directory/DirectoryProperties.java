package vn.motcua.engine.directory;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The province's LDAP directory ({@code app.directory.ldap}); off by default, when the engine's own identity
 * store keeps users and groups (README: 'The province's directory'). Attribute names default to the usual
 * inetOrgPerson and groupOfNames schema.
 *
 * @param enabled         read users and groups from the directory instead of the engine's database
 * @param url             {@code ldap://host:389} or {@code ldaps://host:636}
 * @param managerDn       the account Motcua searches the directory with (read-only is enough)
 * @param baseDn          under which users and groups are searched
 * @param useSsl          ask for TLS on the connection (with an {@code ldaps://} URL); the server's certificate
 *                        must be trusted by the JVM: untrusted certificates are never accepted
 * @param groupIdAttribute the attribute whose value is the group's id in Motcua (candidate groups, grants)
 * @param groupMap        directory group id (the value of {@code groupIdAttribute}, any case) to Motcua group id,
 *                        for a directory whose groups are named otherwise ({@code "[Phong QLTM]": sct-quan-ly-thuong-mai})
 * @param pageSize        LDAP paged results, null for none (some servers cap a search at 1,000 entries)
 */
@ConfigurationProperties("app.directory.ldap")
public record DirectoryProperties(boolean enabled, String url, String managerDn, String managerPassword, String baseDn,
                                  boolean useSsl,
                                  String userSearchBase, String userSearchFilter, String userIdAttribute,
                                  String userFirstnameAttribute, String userLastnameAttribute, String userEmailAttribute,
                                  String groupSearchBase, String groupSearchFilter, String groupIdAttribute,
                                  String groupNameAttribute, String groupMemberAttribute,
                                  Integer pageSize, Map<String, String> groupMap) {

    public DirectoryProperties {
        managerDn = or(managerDn, "");
        managerPassword = or(managerPassword, "");
        baseDn = or(baseDn, "");
        userSearchBase = or(userSearchBase, "");
        userSearchFilter = or(userSearchFilter, "(objectClass=person)");
        userIdAttribute = or(userIdAttribute, "uid");
        userFirstnameAttribute = or(userFirstnameAttribute, "givenName");
        userLastnameAttribute = or(userLastnameAttribute, "sn");
        userEmailAttribute = or(userEmailAttribute, "mail");
        groupSearchBase = or(groupSearchBase, "");
        groupSearchFilter = or(groupSearchFilter, "(objectClass=groupOfNames)");
        groupIdAttribute = or(groupIdAttribute, "cn");
        groupNameAttribute = or(groupNameAttribute, "description");
        groupMemberAttribute = or(groupMemberAttribute, "member");
        TreeMap<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (groupMap != null) {
            map.putAll(groupMap);
        }
        groupMap = java.util.Collections.unmodifiableMap(map);
        if (enabled && (url == null || url.isBlank())) {
            throw new IllegalStateException("app.directory.ldap.url is required when app.directory.ldap.enabled is true");
        }
    }

    /** The Motcua id of a directory group id. */
    String motcuaGroupId(String directoryId) {
        return directoryId == null ? null : groupMap.getOrDefault(directoryId, directoryId);
    }

    /** The directory id of a Motcua group id: the reverse of {@link #groupMap}, else the id itself. */
    String directoryGroupId(String motcuaId) {
        if (motcuaId == null) {
            return null;
        }
        return groupMap.entrySet().stream().filter(e -> e.getValue().toLowerCase(Locale.ROOT)
                        .equals(motcuaId.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).findFirst().orElse(motcuaId);
    }

    /** Without the manager's password: a record would print it wherever the settings are logged. */
    @Override
    public String toString() {
        return "DirectoryProperties[enabled=" + enabled + ", url=" + url + ", managerDn=" + managerDn + ", baseDn=" + baseDn
                + ", userSearchBase=" + userSearchBase + ", groupSearchBase=" + groupSearchBase + ", groupMap=" + groupMap + "]";
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
