package vn.motcua.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity settings ({@code app.identity}).
 *
 * @param admin       the administrator, from MOTCUA_ADMIN_USER and MOTCUA_ADMIN_PASSWORD
 * @param departments the agencies' departments (phòng) and units, id to name, each a Camunda group of type
 *                    {@code department}
 * @param users       users to create at start, by id: the demo profile lists its demo users here. Maps, so
 *                    that several profiles add up rather than replace each other
 */
@ConfigurationProperties("app.identity")
public record IdentityProperties(Admin admin, Map<String, String> departments, Map<String, SeedUser> users) {

    public IdentityProperties {
        admin = admin == null ? new Admin(null, null) : admin;
        departments = departments == null ? Map.of() : new TreeMap<>(departments);
        users = users == null ? Map.of() : new TreeMap<>(users);
    }

    public record Admin(String id, String password) {
        boolean isGiven() {
            return id != null && !id.isBlank() && password != null && !password.isBlank();
        }
    }

    public record SeedUser(String password, String firstName, String lastName, String email,
                           List<String> groups) {
        public SeedUser {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
