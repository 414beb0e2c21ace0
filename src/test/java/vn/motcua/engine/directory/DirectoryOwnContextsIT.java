package vn.motcua.engine.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.Api;
import vn.motcua.security.WebappLogin;

/**
 * Users and groups from an LDAP directory (an in-process UnboundID server loaded from province.ldif): people sign
 * in with their directory passwords, see the tasks offered to their department, and a move to another
 * department in the directory counts at their next request, without a restart. The second department is
 * named otherwise in the directory ("Phong Thu Nghiem B") and mapped to Motcua's test-dept-b.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectoryOwnContextsIT {

    private static final String BASE = "dc=hatinh,dc=gov,dc=vn";
    private static final String MANAGER = "cn=motcua,ou=services," + BASE;
    private static final InMemoryDirectoryServer DIRECTORY = directory();

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private TaskService taskService;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private static InMemoryDirectoryServer directory() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.addAdditionalBindCredentials(MANAGER, "manager-secret");
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, DirectoryOwnContextsIT.class.getResource("province.ldif").getPath());
            server.startListening();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("the in-process LDAP server did not start", e);
        }
    }

    @DynamicPropertySource
    static void directoryProperties(DynamicPropertyRegistry registry) {
        registry.add("app.directory.ldap.enabled", () -> "true");
        registry.add("app.directory.ldap.url", () -> "ldap://localhost:" + DIRECTORY.getListenPort());
        registry.add("app.directory.ldap.manager-dn", () -> MANAGER);
        registry.add("app.directory.ldap.manager-password", () -> "manager-secret");
        registry.add("app.directory.ldap.base-dn", () -> BASE);
        registry.add("app.directory.ldap.user-search-base", () -> "ou=people");
        registry.add("app.directory.ldap.group-search-base", () -> "ou=groups");
        registry.add("app.directory.ldap.group-map[Phong Thu Nghiem B]", () -> "test-dept-b");
        // a province whose two departments are the directory's two test departments: a user's agency follows them
        registry.add("app.organisation.province-desk", () -> "T.MC");
        String[][] units = {{"T", "Tỉnh thử nghiệm", "PROVINCE", null, null, null},
                {"T.MC", "Trung tâm Phục vụ hành chính công", "DESK", "T", "desk", "mot-cua-tinh"},
                {"T.A", "Sở thử nghiệm A", "DEPARTMENT", "T", "a", "test-dept-a"},
                {"T.B", "Sở thử nghiệm B", "DEPARTMENT", "T", "b", "test-dept-b"}};
        for (int i = 0; i < units.length; i++) {
            String[] unit = units[i];
            String prefix = "app.organisation.units[" + i + "].";
            registry.add(prefix + "code", () -> unit[0]);
            registry.add(prefix + "name", () -> unit[1]);
            registry.add(prefix + "kind", () -> unit[2]);
            if (unit[3] != null) {
                registry.add(prefix + "parent", () -> unit[3]);
                registry.add(prefix + "groups." + unit[4], () -> unit[5]);
            }
        }
    }

    @AfterAll
    static void stopDirectory() {
        DIRECTORY.shutDown(true);
    }

    /** Whether the two tasks (one offered to each department) exist: once for the whole class. */
    private static boolean tasksOffered;

    @Test
    void peopleSignInWithTheirDirectoryPassword() {
        ResponseEntity<String> procedures = api().get("speca", "secret", "/api/procedures");
        assertThat(procedures.getStatusCode()).as(procedures.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(api().get("speca", "secret", "/engine-rest/user/speca/profile").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api().get("speca", "wrong", "/api/procedures").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api().get("speca", "wrong", "/engine-rest/task?maxResults=100").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api().get("nobody", "secret", "/engine-rest/task?maxResults=100").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void motcuaCreatesNoAccountAndTheDirectoryIsReadOnly() {
        assertThat(identityService.isReadOnly()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from ACT_ID_USER", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_ID_GROUP", Long.class)).isZero();
        // the test profile's own users (clerk, speca...) are not created: boss is no directory account
        assertThat(identityService.createUserQuery().userId("boss").count()).isZero();
    }

    @Test
    void aSpecialistSeesTheTasksOfTheirDepartmentOnly() throws Exception {
        offerTasks();
        assertThat(taskNames("speca")).contains("Thẩm định A").doesNotContain("Thẩm định B");
        assertThat(taskNames("specb")).contains("Thẩm định B").doesNotContain("Thẩm định A");
    }

    @Test
    void tasklistSignsInWithTheDirectoryPasswordAndOffersTheDepartmentsTasks() throws Exception {
        offerTasks();
        WebappLogin webapp = new WebappLogin(rest);
        assertThat(webapp.login(webapp.page("tasklist"), "tasklist", "speca", "wrong").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpHeaders session = webapp.session("tasklist", "speca", "secret");
        ResponseEntity<String> tasks = rest.exchange("/camunda/api/engine/engine/default/task?maxResults=100",
                HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(tasks.getStatusCode()).as(tasks.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(tasks.getBody()).findValuesAsText("name")).contains("Thẩm định A")
                .doesNotContain("Thẩm định B");
    }

    @Test
    void aDirectoryGroupNamedOtherwiseCarriesMotcuasGroupId() throws Exception {
        JsonNode groups = json.readTree(api().get("specb", "secret", "/engine-rest/group?member=specb&maxResults=100").getBody());
        assertThat(groups.findValuesAsText("id")).containsExactlyInAnyOrder("specialist", "test-dept-b");
        JsonNode group = json.readTree(api().get("specb", "secret", "/engine-rest/group/test-dept-b").getBody());
        assertThat(group.path("name").asText()).isEqualTo("Phòng thử nghiệm B");
        assertThat(identityService.createUserQuery().memberOfGroup("test-dept-b").list())
                .extracting(u -> u.getId()).containsExactly("specb");
        // a group the directory does not have has no members (Camunda's provider would list every group's)
        assertThat(identityService.createUserQuery().memberOfGroup("no-such-group").count()).isZero();
    }

    @Test
    void aUserMovedToAnotherDepartmentSeesItsTasksAtTheirNextRequest() throws Exception {
        offerTasks();
        assertThat(taskNames("mover")).contains("Thẩm định A").doesNotContain("Thẩm định B");
        assertThat(tenants("mover")).containsExactly("T.A");

        // the province moves the user from department A to department B, in the directory only
        String mover = "uid=mover,ou=people," + BASE;
        DIRECTORY.modify("cn=test-dept-a,ou=groups," + BASE, new Modification(ModificationType.DELETE, "member", mover));
        DIRECTORY.modify("cn=Phong Thu Nghiem B,ou=groups," + BASE, new Modification(ModificationType.ADD, "member", mover));
        try {
            assertThat(taskNames("mover")).contains("Thẩm định B").doesNotContain("Thẩm định A");
            // and reads the accounts of their new department, no longer those of the old one
            assertThat(userIds("mover")).contains("specb").doesNotContain("speca");
            // and belongs to the other agency: its dossiers, not the first one's
            assertThat(tenants("mover")).containsExactly("T.B");
        } finally {
            DIRECTORY.modify("cn=Phong Thu Nghiem B,ou=groups," + BASE, new Modification(ModificationType.DELETE, "member", mover));
            DIRECTORY.modify("cn=test-dept-a,ou=groups," + BASE, new Modification(ModificationType.ADD, "member", mover));
        }
    }

    @Test
    void aUserReadsTheirDepartmentsAccountsWithoutOtherPeoplesEmail() throws Exception {
        JsonNode users = json.readTree(api().get("speca", "secret", "/engine-rest/user?sortBy=userId&sortOrder=asc&maxResults=100").getBody());
        assertThat(users.findValuesAsText("id")).containsExactly("mover", "speca", "speca2");
        for (JsonNode user : users) {
            assertThat(user.path("email").isNull()).as("e-mail of " + user.path("id")).isEqualTo(!user.path("id").asText().equals("speca"));
        }
        assertThat(json.readTree(api().get("speca", "secret", "/engine-rest/user/speca2/profile").getBody()).path("email").isNull())
                .isTrue();
        assertThat(api().get("speca", "secret", "/engine-rest/user/specb/profile").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api().get("speca", "secret", "/engine-rest/user?emailLike=%25hatinh%25&maxResults=100").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        // nor the groups of someone outside their departments
        assertThat(json.readTree(api().get("speca", "secret", "/engine-rest/group?member=specb&maxResults=100").getBody())).isEmpty();
    }

    @Test
    void theAdministratorReadsEveryAccountWithItsEmail() throws Exception {
        JsonNode users = json.readTree(api().get("testadmin", "admin-secret", "/engine-rest/user?maxResults=100").getBody());
        assertThat(users.findValuesAsText("id")).contains("speca", "specb", "clerk", "mover");
        assertThat(users.findValuesAsText("email")).contains("binh@hatinh.gov.vn");
    }

    private void offerTasks() {
        if (!tasksOffered) {
            offer("Thẩm định A", "test-dept-a");
            offer("Thẩm định B", "test-dept-b");
            tasksOffered = true;
        }
    }

    private void offer(String name, String group) {
        Task task = taskService.newTask();
        task.setName(name);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), group);
    }

    private List<String> taskNames(String user) throws Exception {
        ResponseEntity<String> response = api().get(user, "secret", "/engine-rest/task?maxResults=100");
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody()).findValuesAsText("name");
    }

    private List<String> tenants(String user) throws Exception {
        return json.readTree(api().get(user, "secret", "/engine-rest/tenant?userMember=" + user + "&maxResults=100")
                .getBody()).findValuesAsText("id");
    }

    private List<String> userIds(String user) throws Exception {
        return json.readTree(api().get(user, "secret", "/engine-rest/user?maxResults=100").getBody()).findValuesAsText("id");
    }

    private Api api() {
        return new Api(rest);
    }
}
