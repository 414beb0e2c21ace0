package vn.motcua.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.MotcuaApplication;
import vn.motcua.measurement.DailyStats;

/**
 * Report and overdue-list latency on a year of data: N resolved dossiers (default 1,000,000; 50
 * procedures, 20 departments, one year) with the daily counters the recorder keeps for them, plus
 * 100,000 open dossiers each with an open step, 10,000 of them overdue, on an H2 file. The rows are
 * written with JDBC (running a million dossiers through the engine would take hours); the reads are
 * the real HTTP endpoints. Run with {@code ./mvnw -q -Pbench verify -Dbench.only=Report}; the last
 * line is {@code BENCH report_ms=<median> overdue_ms=<median> dossiers=<n>}.
 */
class ReportBenchmark {

    private static final int DOSSIERS = Integer.getInteger("bench.reportDossiers", 1_000_000);
    private static final int OPEN = 100_000;
    private static final int OVERDUE = 10_000;
    private static final int PROCEDURES = 50;
    private static final int DEPARTMENTS = 20;
    private static final int YEAR = 2025;
    private static final String AGENCY = "000.00.12.H42";
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Path DIR = Path.of("target", "bench");

    @Test
    void reportAndOverdueLatency() throws Exception {
        Files.createDirectories(DIR);
        Path database = DIR.resolve("reports");
        Files.deleteIfExists(database.resolve("motcua.mv.db"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles("demo")
                .run("--server.port=0", "--app.data-dir=" + database.toAbsolutePath(),
                        "--logging.level.root=WARN", "--logging.level.vn.motcua=WARN",
                        "--camunda.bpm.process-engine-name=reports", "--camunda.bpm.job-execution.enabled=false")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long began = System.nanoTime();
            seedResolved(jdbc);
            seedOpen(jdbc);
            int rollUps = app.getBean(DailyStats.class).rebuildMonthly();
            System.out.printf(Locale.ROOT, "seeded %d resolved and %d open dossiers, %d daily counters, %d monthly roll-ups in %.0f s%n",
                    DOSSIERS, OPEN, jdbc.queryForObject("select count(*) from motcua_daily_stat", Long.class), rollUps,
                    (System.nanoTime() - began) / 1e9);

            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            BenchHttp http = new BenchHttp("chaudm");
            String report = base + "/api/reports/on-time?from=" + YEAR + "-01-01&to=" + YEAR + "-12-31&groupBy=department";
            String overdue = base + "/api/reports/overdue";
            String body = http.get(report);
            if (!body.contains("dept-20")) {
                throw new AssertionError("the report lacks a department: " + body);
            }
            long overdueStock = 0;
            long withinStock = 0;
            long resolved = 0;
            for (com.fasterxml.jackson.databind.JsonNode row : new com.fasterxml.jackson.databind.ObjectMapper().readTree(body)) {
                overdueStock += row.path("inProgressOverdue").asLong();
                withinStock += row.path("inProgressWithinDeadline").asLong();
                resolved += row.path("resolvedEarly").asLong() + row.path("resolvedOnTime").asLong() + row.path("resolvedLate").asLong();
            }
            if (overdueStock != OVERDUE || withinStock != OPEN - OVERDUE || resolved != DOSSIERS) {
                throw new AssertionError("wrong figures: overdue " + overdueStock + ", within " + withinStock + ", resolved " + resolved);
            }
            if (!http.get(overdue).contains("\"overdue\":true")) {
                throw new AssertionError("the overdue list is empty");
            }
            double reportMs = http.median(report, () -> touch(jdbc));
            double overdueMs = http.median(overdue, () -> touch(jdbc));
            // where the report's time goes: summing the year's counters (twelve monthly roll-ups), and,
            // for comparison, a period ending mid-month, whose last days come from the daily counters
            DailyStats stats = app.getBean(DailyStats.class);
            double yearMs = medianSums(stats, jdbc, LocalDate.of(YEAR, 12, 31));
            double midMonthMs = medianSums(stats, jdbc, LocalDate.of(YEAR, 12, 15));
            System.out.printf(Locale.ROOT, "report parts: year_counters_ms=%.1f, open stocks and JSON %.1f; "
                    + "counters to 15 Dec (15 days from daily counters) %.1f ms%n", yearMs, reportMs - yearMs, midMonthMs);
            System.out.printf(Locale.ROOT, "BENCH report_ms=%.1f overdue_ms=%.1f dossiers=%d%n", reportMs, overdueMs, DOSSIERS);
        }
    }

    /** Resolved dossiers received through the year, and the counters the recorder would have kept for them. */
    private static void seedResolved(JdbcTemplate jdbc) {
        Random random = new Random(42);
        Map<String, BigDecimal[]> counters = new HashMap<>();
        String[] metrics = {"RECEIVED", "RECEIVED_IN_PERSON", "RECEIVED_ONLINE", "CLOSED", "RESOLVED_EARLY",
                "RESOLVED_ON_TIME", "RESOLVED_LATE", "PROCESSING_DAYS", "STATUTORY_DAYS", "DECISION766_DAYS",
                "DECISION766_ON_TIME", "DECISION766_LATE", "STEPS_EARLY", "STEPS_ON_TIME", "STEPS_LATE"};
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            LocalDate received = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(358));
            LocalDate resolved = received.plusDays(1 + random.nextInt(7));
            int procedure = 1 + random.nextInt(PROCEDURES);
            String department = "dept-" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(DEPARTMENTS));
            String procedureCode = "MAU-BENCH-" + procedure;
            int statutory = 5 + procedure % 10;
            int timeliness = random.nextInt(100) < 80 ? 4 : random.nextInt(100) < 90 ? 5 : 6;
            double days = Math.round(random.nextDouble() * statutory * 10) / 10.0;
            String onlineOrNot = random.nextBoolean() ? "ONLINE" : "IN_PERSON";
            count(counters, received, department, procedureCode, 0, 1);
            count(counters, received, department, procedureCode, onlineOrNot.equals("ONLINE") ? 2 : 1, 1);
            count(counters, resolved, department, procedureCode, 3, 1);
            count(counters, resolved, department, procedureCode, timeliness, 1);
            count(counters, resolved, department, procedureCode, 7, days);
            count(counters, resolved, department, procedureCode, 8, statutory);
            count(counters, resolved, department, procedureCode, 9, days);
            count(counters, resolved, department, procedureCode, timeliness == 6 ? 11 : 10, 1);
            count(counters, resolved, department, procedureCode, 12 + (timeliness - 4), 3);
            Instant receivedAt = received.atTime(9, 0).atZone(VN).toInstant();
            batch.add(new Object[] {AGENCY + "-B" + i, AGENCY, procedureCode, "Thủ tục mẫu " + procedure, department,
                    statutory, onlineOrNot, "CLOSED", "RESOLVED", Timestamp.from(receivedAt),
                    Timestamp.from(receivedAt.plusSeconds(statutory * 86_400L)),
                    Timestamp.from(resolved.atTime(10, 0).atZone(VN).toInstant()), metrics[timeliness]
                    .substring("RESOLVED_".length()), BigDecimal.valueOf(days)});
            if (batch.size() == 10_000) {
                insertDossiers(jdbc, batch);
            }
        }
        insertDossiers(jdbc, batch);
        List<Object[]> rows = new ArrayList<>();
        counters.forEach((key, values) -> {
            String[] parts = key.split("\\|");
            for (int m = 0; m < values.length; m++) {
                if (values[m] != null) {
                    rows.add(new Object[] {Date.valueOf(parts[0]), AGENCY, parts[1], parts[2], metrics[m], values[m]});
                }
            }
            if (rows.size() >= 20_000) {
                insertCounters(jdbc, rows);
            }
        });
        insertCounters(jdbc, rows);
    }

    private static void count(Map<String, BigDecimal[]> counters, LocalDate day, String department, String procedure,
                              int metric, double amount) {
        BigDecimal[] values = counters.computeIfAbsent(day + "|" + department + "|" + procedure, k -> new BigDecimal[15]);
        values[metric] = (values[metric] == null ? BigDecimal.ZERO : values[metric]).add(BigDecimal.valueOf(amount));
    }

    private static void insertDossiers(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("""
                insert into motcua_dossier (code, agency_code, procedure_code, procedure_name, department,
                    statutory_working_days, channel, status, outcome, received_at, submitted_at, due_at, result_at,
                    closed_at, timeliness, processing_days, process_definition_id, process_definition_key,
                    process_definition_version, applicant_name, applicant_id_number)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'bench', 1, 'Nguyễn Văn A', '001200000000')""",
                batch.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[9],
                        r[10], r[11], r[11], r[12], r[13]}).toList());
        batch.clear();
    }

    private static void insertCounters(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("insert into motcua_daily_stat (stat_day, agency_code, department, procedure_code, metric, stat_value) "
                + "values (?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
    }

    /**
     * Open dossiers, each with its open step: the first OVERDUE past their due moment, the rest due next
     * month; and their received counters, as the recorder keeps them.
     */
    private static void seedOpen(JdbcTemplate jdbc) {
        Instant now = Instant.now();
        List<Object[]> dossiers = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        Map<String, Integer> received = new HashMap<>();
        for (int i = 0; i < OPEN; i++) {
            Instant due = i < OVERDUE ? now.minusSeconds(3_600L * (1 + i % 200)) : now.plusSeconds(86_400L * (20 + i % 20));
            String code = AGENCY + "-O" + i;
            String department = "dept-" + String.format(Locale.ROOT, "%02d", 1 + i % DEPARTMENTS);
            dossiers.add(new Object[] {code, AGENCY, "MAU-BENCH-" + (1 + i % PROCEDURES), "Thủ tục mẫu " + (1 + i % PROCEDURES),
                    department, 10, "IN_PERSON", "IN_PROGRESS", null, Timestamp.from(now.minusSeconds(864_000)),
                    Timestamp.from(due), null, null, null, "pi-" + i});
            received.merge(LocalDate.ofInstant(now.minusSeconds(864_000), VN) + "|" + department + "|MAU-BENCH-"
                    + (1 + i % PROCEDURES), 1, Integer::sum);
            steps.add(new Object[] {"task-" + i, code, "pi-" + i, "Task_Appraise", "Thẩm định hồ sơ", department, AGENCY,
                    Timestamp.from(now.minusSeconds(86_400)), Timestamp.from(due)});
            if (dossiers.size() == 10_000) {
                insertOpen(jdbc, dossiers, steps);
            }
        }
        insertOpen(jdbc, dossiers, steps);
        List<Object[]> counters = new ArrayList<>();
        received.forEach((key, n) -> {
            String[] parts = key.split("\\|");
            for (String metric : List.of("RECEIVED", "RECEIVED_IN_PERSON")) {
                counters.add(new Object[] {Date.valueOf(parts[0]), AGENCY, parts[1], parts[2], metric, BigDecimal.valueOf(n)});
            }
        });
        insertCounters(jdbc, counters);
    }

    private static void insertOpen(JdbcTemplate jdbc, List<Object[]> dossiers, List<Object[]> steps) {
        jdbc.batchUpdate("""
                insert into motcua_dossier (code, agency_code, procedure_code, procedure_name, department,
                    statutory_working_days, channel, status, outcome, received_at, submitted_at, due_at, result_at,
                    closed_at, timeliness, process_instance_id, process_definition_id, process_definition_key,
                    process_definition_version, applicant_name, applicant_id_number)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'bench', 1, 'Nguyễn Văn A', '001200000000')""",
                dossiers.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[9],
                        r[10], r[11], r[12], r[13], r[14]}).toList());
        jdbc.batchUpdate("""
                insert into motcua_dossier_step (task_id, dossier_code, process_instance_id, activity_id, step_name, unit,
                    agency_code, started_at, due_at, kind)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'TASK')""", steps);
        dossiers.clear();
        steps.clear();
    }

    /** Median of five sums by department from 1 January to the given day, each after a counter changed. */
    private static double medianSums(DailyStats stats, JdbcTemplate jdbc, LocalDate to) {
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            touch(jdbc);
            long start = System.nanoTime();
            stats.sums(LocalDate.of(YEAR, 1, 1), to, null, null, null, DailyStats.Grouping.DEPARTMENT);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[2];
    }

    /** A counter, a roll-up, a dossier and a step change (untimed), so no answer comes from H2's result cache. */
    private static void touch(JdbcTemplate jdbc) {
        jdbc.update("update motcua_daily_stat set stat_value = stat_value + 0 where stat_day = ?", Date.valueOf(YEAR + "-06-02"));
        jdbc.update("update motcua_monthly_stat set stat_value = stat_value + 0 where stat_month = ?", Date.valueOf(YEAR + "-06-01"));
        jdbc.update("update motcua_dossier set clerk = clerk where code = ?", AGENCY + "-O1");
        jdbc.update("update motcua_dossier_step set unit = unit where task_id = ?", "task-1");
    }


}
