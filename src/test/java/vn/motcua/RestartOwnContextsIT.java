package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.CalendarService;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.SpecialDay;

/** Stopping and starting again loses nothing and deploys nothing new. */
class RestartOwnContextsIT {

    private static final LocalDate STORM_DAY = LocalDate.of(2026, 11, 3);

    @Test
    void aRestartKeepsAllDataAndCreatesNoNewDefinitionVersion() throws Exception {
        // its own engine name: the shared test application keeps the engine its REST API finds as "default"
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.process-engine-name=restart"));
        if (!TestProfiles.postgres()) {
            // the default kind of database: a file, as ./data in production
            Path dir = Files.createTempDirectory(Path.of("target"), "restart");
            args.add("--app.data-dir=" + dir.toAbsolutePath());
            args.add("--spring.datasource.url=" + ShippedSettings.h2FileUrl());
        }
        long definitions;
        long deployments;
        String userId = "restart" + System.nanoTime();

        try (ConfigurableApplicationContext first = start(args)) {
            first.getBean(CalendarAdministration.class).putDay(new SpecialDay(STORM_DAY, DayKind.CLOSURE,
                    "Nghỉ tránh bão", "Công điện", true, SpecialDay.ORIGIN_ADMIN), "testadmin");
            IdentityService identity = first.getBean(IdentityService.class);
            User user = identity.newUser(userId);
            user.setFirstName("Phan Văn");
            user.setLastName("Khải");
            user.setPassword("secret");
            identity.saveUser(user);
            RepositoryService repository = first.getBean(RepositoryService.class);
            definitions = repository.createProcessDefinitionQuery().count();
            deployments = repository.createDeploymentQuery().count();
            assertThat(definitions).isPositive();
        }

        try (ConfigurableApplicationContext second = start(args)) {
            RepositoryService repository = second.getBean(RepositoryService.class);
            assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
            assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
            assertThat(second.getBean(IdentityService.class).checkPassword(userId, "secret")).isTrue();
            assertThat(second.getBean(CalendarService.class).calendar().lookup().isWorkingDay(STORM_DAY)).isFalse();

            second.getBean(CalendarAdministration.class).removeDay(STORM_DAY, "testadmin");
            second.getBean(IdentityService.class).deleteUser(userId);
        }
    }

    private static ConfigurableApplicationContext start(List<String> args) {
        return new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles(new TestProfiles().resolve(RestartOwnContextsIT.class))
                .run(args.toArray(String[]::new));
    }
}
