package vn.motcua.engine;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity settings ({@code app.identity}).
 *
 * @param admin       the administrator, from MOTCUA_ADMIN_USER and MOTCUA_ADMIN_PASSWORD
 * @param departments the agency's departments (phòng), each a Camunda group of type {@code department}
 * @param users       users to create at start with their groups: the demo profile lists its demo users here
 */
@ConfigurationProperties("app.identity")
public record IdentityProperties(Admin admin, List<Department> departments, List<SeedUser> users) {

    public IdentityProperties {
        admin = admin == null ? new Admin(null, null) : admin;
        departments = departments == null ? List.of() : List.copyOf(departments);
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record Admin(String id, String password) {
        boolean isGiven() {
            return id != null && !id.isBlank() && password != null && !password.isBlank();
        }
    }

    public record Department(String id, String name) {
    }

    public record SeedUser(String id, String password, String firstName, String lastName, String email,
                           List<String> groups) {
        public SeedUser {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
