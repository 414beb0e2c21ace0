package vn.motcua.engine.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import vn.motcua.engine.AgencyTenants;
import vn.motcua.engine.IdentityProperties;
import vn.motcua.engine.Role;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.OrganisationProperties;

class DirectoryEnginePluginTest {

    private static final DirectoryProperties LDAP = properties(Map.of("Phong QLTM", "sct-quan-ly-thuong-mai"));

    /** The plugin's identity sessions are not opened here: no tenants needed. */
    private static final ObjectProvider<AgencyTenants> NO_TENANTS =
            new StaticListableBeanFactory().getBeanProvider(AgencyTenants.class);

    @Test
    void aDirectoryWithoutSomeRoleOrDepartmentGroupsStopsTheStartListingThem() {
        // given a directory with every role but the province leaders', and no department group
        List<Group> present = java.util.Arrays.stream(Role.values()).filter(r -> r != Role.PROVINCE_LEADER)
                .map(r -> group(r.groupId())).toList();
        ProcessEngine engine = engineWithGroups(present);
        DirectoryEnginePlugin plugin = new DirectoryEnginePlugin(LDAP, departments("sct-quan-ly-thuong-mai", "test-dept-a"),
                new Organisation(new OrganisationProperties(null, List.of())), NO_TENANTS);

        // then the start fails, naming each missing group (and the directory's name of a mapped one)
        assertThatThrownBy(() -> plugin.postProcessEngineBuild(engine))
                .isInstanceOf(DirectoryIncompleteException.class)
                .hasMessageContaining("province-leader").hasMessageContaining("test-dept-a")
                .hasMessageContaining("sct-quan-ly-thuong-mai (Phong QLTM trong thư mục)")
                .satisfies(e -> {
                    FailureAnalysis analysis = new DirectoryIncompleteFailureAnalyzer().analyze(e);
                    assertThat(analysis.getAction()).contains("group-map");
                });
    }

    @Test
    void aDirectoryWithEveryGroupStarts() {
        List<Group> present = new java.util.ArrayList<>(java.util.Arrays.stream(Role.values()).map(r -> group(r.groupId())).toList());
        present.add(group("sct-quan-ly-thuong-mai"));
        DirectoryEnginePlugin plugin = new DirectoryEnginePlugin(LDAP, departments("sct-quan-ly-thuong-mai"),
                new Organisation(new OrganisationProperties(null, List.of())), NO_TENANTS);

        plugin.postProcessEngineBuild(engineWithGroups(present));
    }

    @Test
    void groupMapIsReadInAnyCaseBothWays() {
        assertThat(LDAP.motcuaGroupId("phong qltm")).isEqualTo("sct-quan-ly-thuong-mai");
        assertThat(LDAP.directoryGroupId("sct-quan-ly-thuong-mai")).isEqualTo("Phong QLTM");
        assertThat(LDAP.motcuaGroupId("specialist")).isEqualTo("specialist");
        assertThat(LDAP.directoryGroupId("specialist")).isEqualTo("specialist");
    }

    @Test
    void theManagersPasswordIsNeverPrinted() {
        DirectoryProperties properties = new DirectoryProperties(true, "ldap://localhost:389", "cn=motcua", "s3cret-pw",
                null, false, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(properties.toString()).contains("cn=motcua").doesNotContain("s3cret-pw");
    }

    private static ProcessEngine engineWithGroups(List<Group> groups) {
        ProcessEngine engine = mock(ProcessEngine.class, RETURNS_DEEP_STUBS);
        when(engine.getIdentityService().createGroupQuery().groupIdIn(any(String[].class)).list()).thenReturn(groups);
        return engine;
    }

    private static Group group(String id) {
        GroupEntity group = new GroupEntity(id);
        return group;
    }

    private static IdentityProperties departments(String... ids) {
        Map<String, String> departments = new java.util.TreeMap<>();
        for (String id : ids) {
            departments.put(id, id);
        }
        return new IdentityProperties(null, departments, null);
    }

    private static DirectoryProperties properties(Map<String, String> groupMap) {
        return new DirectoryProperties(true, "ldap://localhost:389", null, null, "dc=example,dc=vn", false, null, null,
                null, null, null, null, null, null, null, null, null, null, groupMap);
    }
}
