package vn.motcua.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotcuaApplication;
import vn.motcua.TestProfiles;
import vn.motcua.cases.Applicant;
import vn.motcua.cases.Channel;
import vn.motcua.cases.DossierService;
import vn.motcua.cases.IntakeOutcome;
import vn.motcua.cases.NewDossier;

/**
 * Two engine nodes with their job executors on one PostgreSQL: 1,000 dossiers cross their handover
 * deadlines, and every escalation fires exactly once, whichever node runs it; no dossier is lost.
 * Runs in the postgres Maven profile only (H2 in a file cannot be shared by two nodes).
 */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
class TwoNodesOwnContextsIT {

    private static final int DOSSIERS = Integer.getInteger("twonodes.dossiers", 1000);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A day of its own, far from the other tests' dossiers. */
    private static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 9, 10, 9, 0, 0, 0, VN);

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
        ClockUtil.reset();
    }

    private ConfigurableApplicationContext start(String name) {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles(new TestProfiles().resolve(getClass()))
                .run("--server.port=0", "--camunda.bpm.process-engine-name=" + name,
                        "--camunda.bpm.job-execution.enabled=true", "--logging.level.vn.motcua=WARN");
        nodes.add(node);
        return node;
    }

    @Test
    void everyEscalationFiresExactlyOnceOnTwoNodes() throws Exception {
        ClockUtil.setCurrentTime(Date.from(RECEIVED.toInstant()));
        ConfigurableApplicationContext a = start("nodeA");
        ConfigurableApplicationContext b = start("nodeB");
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        String day = "-260910-";
        int before = jdbc.sql("select count(*) from motcua_dossier where code like :day").param("day", "%" + day + "%")
                .query(Integer.class).single();

        // given 1,000 dossiers waiting at the desk's handover, submitted through both nodes
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> codes = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? a : b;
            codes.add(pool.submit(() -> submit(node)));
        }
        List<String> submitted = new ArrayList<>();
        for (Future<String> code : codes) {
            submitted.add(code.get());
        }
        pool.shutdown();
        assertThat(submitted).doesNotHaveDuplicates().hasSize(DOSSIERS);

        // when the clock passes their handover deadline (17:00 the same day)
        ClockUtil.setCurrentTime(Date.from(RECEIVED.withHour(17).plusMinutes(1).toInstant()));
        ManagementService management = a.getBean(ManagementService.class);
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (management.createJobQuery().timers().executable().processDefinitionKey("LiquorWholesaleLicenceProcess")
                .count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }

        // then each dossier's due-soon and overdue escalations fired once: two recipients each
        List<String> ours = submitted;
        int notified = 0;
        for (int i = 0; i < ours.size(); i += 500) {
            notified += jdbc.sql("select count(*) from motcua_notification where dossier_code in (:codes)")
                    .param("codes", ours.subList(i, Math.min(ours.size(), i + 500))).query(Integer.class).single();
        }
        assertThat(notified).isEqualTo(DOSSIERS * 4);
        // and each of the two timers of each dossier succeeded exactly once, on one node or the other
        HistoryService history = a.getBean(HistoryService.class);
        for (String code : ours) {
            String instance = jdbc.sql("select process_instance_id from motcua_dossier where code = :code")
                    .param("code", code).query(String.class).single();
            assertThat(history.createHistoricJobLogQuery().processInstanceId(instance).successLog().count())
                    .as("timer jobs of %s that succeeded", code).isEqualTo(2);
        }
        // and no dossier is lost: every one still waits at the handover
        int open = jdbc.sql("select count(*) from motcua_dossier where code like :day and status = 'IN_PROGRESS'")
                .param("day", "%" + day + "%").query(Integer.class).single();
        assertThat(open - before).isEqualTo(DOSSIERS);
    }

    private static String submit(ConfigurableApplicationContext node) {
        IdentityService identity = node.getBean(IdentityService.class);
        identity.setAuthentication("lannt", List.of("one-stop-clerk"));
        try {
            return node.getBean(DossierService.class).submit(new NewDossier("MAU-SCT-RUOU-BB", Channel.IN_PERSON,
                    new Applicant("Nguyễn Văn Bảo", "001085012345", null, null, null), List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"),
                    IntakeOutcome.COMPLETE, null, null), null).code();
        } finally {
            identity.clearAuthentication();
        }
    }
}
