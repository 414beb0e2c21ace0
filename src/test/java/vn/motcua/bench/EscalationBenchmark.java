package vn.motcua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotcuaApplication;
import vn.motcua.cases.Applicant;
import vn.motcua.cases.Channel;
import vn.motcua.cases.DossierService;
import vn.motcua.cases.IntakeOutcome;
import vn.motcua.cases.NewDossier;

/**
 * Escalation throughput: N open dossiers (default 100,000) wait at the desk's handover, each with its
 * escalation job (due soon, then overdue: two firings); the engine clock moves past their deadline and the
 * job executor of the production configuration (H2 file) fires them. Run with {@code ./mvnw -q -Pbench verify
 * -Dbench.only=Escalation}; the last line is
 * {@code BENCH escalations=<n> seconds=<s> escalations_per_s=<x> duplicates=<d>}.
 */
class EscalationBenchmark {

    private static final int DOSSIERS = Integer.getInteger("bench.openDossiers", 100_000);
    private static final Path DIR = Path.of("target", "bench");
    private static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 9, 10, 9, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void escalationsPerSecond() throws Exception {
        Files.createDirectories(DIR);
        Path database = DIR.resolve("escalations");
        Files.deleteIfExists(database.resolve("motcua.mv.db"));
        ClockUtil.setCurrentTime(Date.from(RECEIVED.toInstant()));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles("demo")
                .run("--server.port=0", "--app.data-dir=" + database.toAbsolutePath(),
                        "--logging.level.root=WARN", "--logging.level.vn.motcua=WARN",
                        "--camunda.bpm.process-engine-name=escalations")) {
            createOpenDossiers(app);
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            ManagementService management = engine.getManagementService();
            JdbcClient jdbc = app.getBean(JdbcClient.class);

            // the clock passes 17:00: every handover falls due
            long began = System.nanoTime();
            ClockUtil.setCurrentTime(Date.from(RECEIVED.withHour(17).plusMinutes(1).toInstant()));
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
            while (management.createJobQuery().timers().executable().count() > 0) {
                Thread.sleep(200);
            }
            double seconds = (System.nanoTime() - began) / 1e9;

            // the dossiers' jobs only: the engine's own (history cleanup in its night window) are not escalations
            long escalations = engine.getHistoryService().createHistoricJobLogQuery().successLog()
                    .processDefinitionKey("LiquorWholesaleLicenceProcess").count();
            long notifications = jdbc.sql("select count(*) from motcua_notification").query(Long.class).single();
            long duplicates = Math.max(0, escalations - 2L * DOSSIERS) + Math.max(0, notifications - 4L * DOSSIERS);
            if (escalations < 2L * DOSSIERS || notifications < 4L * DOSSIERS) {
                throw new AssertionError("not every escalation fired: " + escalations + " jobs, " + notifications
                        + " notifications for " + DOSSIERS + " dossiers");
            }
            String line = String.format(Locale.ROOT, "BENCH escalations=%d seconds=%.1f escalations_per_s=%.1f duplicates=%d",
                    escalations, seconds, escalations / seconds, duplicates);
            Files.writeString(DIR.resolve("escalations.txt"), line + System.lineSeparator());
            System.out.println(line);
        } finally {
            ClockUtil.reset();
        }
    }

    /** Dossiers received at the desk through the application's own service, on two threads. */
    private static void createOpenDossiers(ConfigurableApplicationContext app) throws Exception {
        DossierService dossiers = app.getBean(DossierService.class);
        IdentityService identity = app.getBean(IdentityService.class);
        NewDossier dossier = new NewDossier("MAU-SCT-RUOU-BB", Channel.IN_PERSON,
                new Applicant("Nguyễn Văn Bảo", "001085012345", null, null, null),
                List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"),
                IntakeOutcome.COMPLETE, null, null);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger left = new AtomicInteger(DOSSIERS);
        List<Future<?>> workers = new ArrayList<>();
        long began = System.nanoTime();
        for (int t = 0; t < 2; t++) {
            workers.add(pool.submit(() -> {
                identity.setAuthentication("lannt", List.of("one-stop-clerk"));
                while (left.getAndDecrement() > 0) {
                    dossiers.submit(dossier, null);
                }
                identity.clearAuthentication();
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d open dossiers created in %.0f s%n", DOSSIERS, (System.nanoTime() - began) / 1e9);
    }
}
