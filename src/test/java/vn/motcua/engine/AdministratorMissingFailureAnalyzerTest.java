package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class AdministratorMissingFailureAnalyzerTest {

    @Test
    void withTheDirectoryItSaysToPutTheAdministratorInTheDirectoryGroup() {
        FailureAnalysis analysis = new AdministratorMissingFailureAnalyzer().analyze(
                new AdministratorMissingException("MOTCUA_ADMIN_USER quantri is not an account of the LDAP directory in its group camunda-admin."));

        assertThat(analysis.getDescription()).contains("quantri", "camunda-admin");
        assertThat(analysis.getAction()).contains("directory group camunda-admin", "MOTCUA_ADMIN_USER")
                .doesNotContain("demo profile");
    }

    @Test
    void withTheEnginesOwnUsersItSaysWhatToSet() {
        FailureAnalysis analysis = new AdministratorMissingFailureAnalyzer().analyze(new AdministratorMissingException());

        assertThat(analysis.getAction()).contains("MOTCUA_ADMIN_USER", "MOTCUA_ADMIN_PASSWORD", "demo");
    }
}
