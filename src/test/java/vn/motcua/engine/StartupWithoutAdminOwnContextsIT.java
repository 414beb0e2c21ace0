package vn.motcua.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import vn.motcua.MotcuaApplication;

/** Without the demo profile and without an administrator, the application refuses to start and says why. */
class StartupWithoutAdminOwnContextsIT {

    @Test
    void startUpFailsAndSaysWhatToSet() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MotcuaApplication.class)
                .run("--server.port=0", "--camunda.bpm.process-engine-name=noadmin",
                        "--spring.datasource.url=jdbc:h2:mem:noadmin-" + UUID.randomUUID(),
                        "--app.identity.admin.id=", "--app.identity.admin.password="))
                .hasRootCauseInstanceOf(AdministratorMissingException.class)
                .satisfies(e -> {
                    FailureAnalysis analysis = new AdministratorMissingFailureAnalyzer().analyze(e);
                    assertThat(analysis.getAction()).contains("MOTCUA_ADMIN_USER", "MOTCUA_ADMIN_PASSWORD", "demo");
                });
    }
}
