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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.MotcuaApplication;
import vn.motcua.measurement.DailyStats;

/**
 * The province view on a province's worth of data (README: 'Benchmarks'): 100 agencies in the register, each with
 * its QMS staff, a year of resolved dossiers (default 3,000,000, ten procedures and five departments per agency) with
 * the daily counters the recorder keeps, and 100,000 open dossiers (10,000 overdue). Rows are written with JDBC; the
 * read is the real HTTP endpoint, as the provincial leader calls it. {@code ./mvnw -q -Pbench verify
 * -Dbench.only=Province [-Dbench.db=postgres] [-Dbench.provinceDossiers=N]}; last line
 * {@code BENCH province_ms=<median> agencies=<n> dossiers=<n>}.
 */
class ProvinceBenchmark {

    private static final int DOSSIERS = Integer.getInteger("bench.provinceDossiers", 3_000_000);
    private static final int AGENCIES = 100;
    private static final int PROCEDURES_PER_AGENCY = 10;
    private static final int DEPARTMENTS_PER_AGENCY = 5;
    private static final int OPEN = 100_000;
    private static final int OVERDUE = 10_000;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Path DIR = Path.of("target", "bench");
    private static final boolean POSTGRES = "postgres".equals(System.getProperty("bench.db", "h2"));
    private static final String PG_SERVER = System.getProperty("bench.pgServer", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getProperty("bench.pgUser", "postgres");
    private static final String[] METRICS = {"RECEIVED", "RECEIVED_IN_PERSON", "RECEIVED_ONLINE", "CLOSED", "RESOLVED_EARLY",
            "RESOLVED_ON_TIME", "RESOLVED_LATE", "PROCESSING_DAYS", "STATUTORY_DAYS", "STEPS_EARLY", "STEPS_ON_TIME", "STEPS_LATE"};

    @Test
    void provinceViewLatency() throws Exception {
        Files.createDirectories(DIR);
        Path database = DIR.resolve("province");
        Files.deleteIfExists(database.resolve("motcua.mv.db"));
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--app.data-dir=" + database.toAbsolutePath(),
                "--logging.level.root=WARN", "--logging.level.vn.motcua=WARN",
                "--camunda.bpm.process-engine-name=province", "--camunda.bpm.job-execution.enabled=false"));
        if (POSTGRES) {
            args.add("--spring.datasource.url=" + freshPostgresDatabase("motcua_bench_province"));
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles(POSTGRES ? new String[] {"demo", "postgres"} : new String[] {"demo"})
                .run(args.toArray(String[]::new))) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long began = System.nanoTime();
            seedRegister(jdbc);
            seedResolved(jdbc);
            seedOpen(jdbc);
            int rollUps = app.getBean(DailyStats.class).rebuildMonthly();
            System.out.printf(Locale.ROOT, "seeded %d agencies, %d resolved and %d open dossiers, %d daily counters, %d monthly "
                            + "roll-ups in %.0f s%n", AGENCIES, DOSSIERS, OPEN,
                    jdbc.queryForObject("select count(*) from motcua_daily_stat", Long.class), rollUps, (System.nanoTime() - began) / 1e9);

            String today = LocalDate.now(VN).toString();
            String url = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/api/province/agencies?on=" + today;
            BenchHttp http = new BenchHttp("vinhnq");
            JsonNode view = new ObjectMapper().readTree(http.get(url));
            long resolved = 0;
            long overdue = 0;
            for (JsonNode agency : view.get("agencies")) {
                resolved += agency.get("resolvedYear").asLong();
                overdue += agency.get("overdueNow").asLong();
            }
            // the demo's own organisation (departments, communes) is listed beside the benchmark's agencies
            if (view.get("agencies").size() < AGENCIES || resolved == 0 || overdue != OVERDUE) {
                throw new AssertionError("wrong view: " + view.get("agencies").size() + " agencies, " + resolved + " resolved, "
                        + overdue + " overdue");
            }
            double millis = http.median(url, () -> touch(jdbc));
            // where the time goes: the counters of the year, of this month, of one month of the trend (twelve of them), the
            // open dossiers; the whole view without HTTP (the rest of it: the records behind the QMS checks)
            DailyStats stats = app.getBean(DailyStats.class);
            LocalDate on = LocalDate.now(VN);
            System.out.printf(Locale.ROOT, "view parts: year_ms=%.1f month_ms=%.1f trend_month_ms=%.1f open_ms=%.1f whole_view_ms=%.1f%n",
                    part(jdbc, () -> stats.sums(on.withDayOfYear(1), on, null, null, null, DailyStats.Grouping.AGENCY)),
                    part(jdbc, () -> stats.sums(on.withDayOfMonth(1), on, null, null, null, DailyStats.Grouping.AGENCY)),
                    part(jdbc, () -> stats.sums(on.minusMonths(3).withDayOfMonth(1), on.minusMonths(3).withDayOfMonth(1)
                            .plusMonths(1).minusDays(1), null, null, null, DailyStats.Grouping.AGENCY)),
                    part(jdbc, () -> app.getBean(vn.motcua.measurement.OnTimeReport.class).openByAgency()),
                    part(jdbc, () -> app.getBean(vn.motcua.province.ProvinceView.class).view(on)));
            System.out.printf(Locale.ROOT, "BENCH province_ms=%.1f agencies=%d dossiers=%d db=%s%n", millis, view.get("agencies").size(), DOSSIERS,
                    POSTGRES ? "postgres" : "h2");
        }
    }

    private static String agency(int i) {
        return String.format(Locale.ROOT, "000.%02d.%02d.H42", i / 100, i % 100);
    }

    private static void seedRegister(JdbcTemplate jdbc) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < AGENCIES; i++) {
            jdbc.update("""
                            insert into motcua_qms_agency (agency_code, agency_name, obligation, qms_scope, standard, announced_on,
                            updated_by, updated_at) values (?, ?, ?, 'Các thủ tục hành chính', 'TCVN ISO 9001:2015', ?, 'bench', ?)""",
                    agency(i), "Cơ quan mẫu " + (i + 1), i % 3 == 0 ? "VOLUNTARY" : "MANDATORY",
                    i % 10 == 0 ? null : Date.valueOf("2024-05-01"), now);
            for (int s = 0; s < 2; s++) {
                jdbc.update("""
                                insert into motcua_qms_staff (agency_code, full_name, qms_role, assigned_on, updated_by, updated_at)
                                values (?, ?, ?, ?, 'bench', ?)""",
                        agency(i), "Cán bộ " + (i * 2 + s), s == 0 ? "ISO_SECRETARY" : "INTERNAL_AUDITOR", Date.valueOf("2024-01-01"), now);
            }
        }
    }

    /** A year of resolved dossiers up to last month, spread over the agencies, and their counters. */
    private static void seedResolved(JdbcTemplate jdbc) {
        Random random = new Random(42);
        LocalDate first = LocalDate.now(VN).minusYears(1).withDayOfMonth(1);
        int span = (int) (LocalDate.now(VN).minusDays(10).toEpochDay() - first.toEpochDay());
        Map<String, BigDecimal[]> counters = new HashMap<>();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            int a = random.nextInt(AGENCIES);
            String agency = agency(a);
            LocalDate received = first.plusDays(random.nextInt(span));
            LocalDate resolved = received.plusDays(1 + random.nextInt(7));
            int procedure = random.nextInt(PROCEDURES_PER_AGENCY);
            String procedureCode = "MAU-" + a + "-" + procedure;
            // a procedure is handled by one department, as in the catalogue
            String department = "dept-" + a + "-" + procedure % DEPARTMENTS_PER_AGENCY;
            int statutory = 5 + procedure;
            int timeliness = random.nextInt(100) < 80 ? 4 : random.nextInt(100) < 90 ? 5 : 6;
            double days = Math.round(random.nextDouble() * statutory * 10) / 10.0;
            boolean online = random.nextBoolean();
            String key = agency + "|" + department + "|" + procedureCode;
            count(counters, received, key, 0, 1);
            count(counters, received, key, online ? 2 : 1, 1);
            count(counters, resolved, key, 3, 1);
            count(counters, resolved, key, timeliness, 1);
            count(counters, resolved, key, 7, days);
            count(counters, resolved, key, 8, statutory);
            count(counters, resolved, key, 9 + (timeliness - 4), 3);
            Instant receivedAt = received.atTime(9, 0).atZone(VN).toInstant();
            batch.add(new Object[] {agency + "-B" + i, agency, procedureCode, "Thủ tục mẫu " + procedure, department, statutory,
                    online ? "ONLINE" : "IN_PERSON", "CLOSED", "RESOLVED", Timestamp.from(receivedAt), Timestamp.from(receivedAt),
                    Timestamp.from(receivedAt.plusSeconds(statutory * 86_400L)), Timestamp.from(resolved.atTime(10, 0).atZone(VN).toInstant()),
                    Timestamp.from(resolved.atTime(10, 0).atZone(VN).toInstant()), METRICS[timeliness].substring("RESOLVED_".length()),
                    BigDecimal.valueOf(days), null});
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
                    rows.add(new Object[] {Date.valueOf(parts[0]), parts[1], parts[2], parts[3], METRICS[m], values[m]});
                }
            }
            if (rows.size() >= 20_000) {
                insertCounters(jdbc, rows);
            }
        });
        insertCounters(jdbc, rows);
    }

    private static void count(Map<String, BigDecimal[]> counters, LocalDate day, String key, int metric, double amount) {
        BigDecimal[] values = counters.computeIfAbsent(day + "|" + key, k -> new BigDecimal[METRICS.length]);
        values[metric] = (values[metric] == null ? BigDecimal.ZERO : values[metric]).add(BigDecimal.valueOf(amount));
    }

    /** Open dossiers spread over the agencies: the first OVERDUE past their due moment, the rest due next month. */
    private static void seedOpen(JdbcTemplate jdbc) {
        Instant now = Instant.now();
        List<Object[]> batch = new ArrayList<>();
        Map<String, BigDecimal[]> counters = new HashMap<>();
        for (int i = 0; i < OPEN; i++) {
            int a = i % AGENCIES;
            String agency = agency(a);
            Instant due = i < OVERDUE ? now.minusSeconds(3_600L * (1 + i % 200)) : now.plusSeconds(86_400L * (20 + i % 20));
            Instant receivedAt = now.minusSeconds(864_000);
            int procedure = (i / AGENCIES) % PROCEDURES_PER_AGENCY;
            String procedureCode = "MAU-" + a + "-" + procedure;
            String department = "dept-" + a + "-" + procedure % DEPARTMENTS_PER_AGENCY;
            count(counters, LocalDate.ofInstant(receivedAt, VN), agency + "|" + department + "|" + procedureCode, 0, 1);
            batch.add(new Object[] {agency + "-O" + i, agency, procedureCode, "Thủ tục mẫu", department, 10, "IN_PERSON",
                    "IN_PROGRESS", null, Timestamp.from(receivedAt), Timestamp.from(receivedAt), Timestamp.from(due), null, null, null,
                    null, "pi-" + i});
            if (batch.size() == 10_000) {
                insertDossiers(jdbc, batch);
            }
        }
        insertDossiers(jdbc, batch);
        List<Object[]> rows = new ArrayList<>();
        counters.forEach((key, values) -> {
            String[] parts = key.split("\\|");
            rows.add(new Object[] {Date.valueOf(parts[0]), parts[1], parts[2], parts[3], METRICS[0], values[0]});
        });
        insertCounters(jdbc, rows);
    }

    private static void insertDossiers(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("""
                insert into motcua_dossier (code, agency_code, procedure_code, procedure_name, department,
                    statutory_working_days, channel, status, outcome, received_at, submitted_at, due_at, result_at,
                    closed_at, timeliness, processing_days, process_instance_id, process_definition_id, process_definition_key,
                    process_definition_version, applicant_name, applicant_id_number)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'bench', 1, 'Nguyễn Văn A', '001200000000')""",
                batch);
        batch.clear();
    }

    private static void insertCounters(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("insert into motcua_daily_stat (stat_day, agency_code, department, procedure_code, metric, stat_value) "
                + "values (?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
    }

    /** A counter and a dossier change (untimed), so no answer comes from H2's result cache. */
    private static void touch(JdbcTemplate jdbc) {
        jdbc.update("update motcua_daily_stat set stat_value = stat_value + 0 where agency_code = ? and stat_day = "
                + "(select max(stat_day) from motcua_daily_stat)", agency(1));
        jdbc.update("update motcua_dossier set clerk = clerk where code = ?", agency(1) + "-O1");
    }

    /** Median of five runs of one part of the view, each after a change (untimed). */
    private static double part(JdbcTemplate jdbc, Runnable part) {
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            touch(jdbc);
            long start = System.nanoTime();
            part.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[2];
    }



    private static String freshPostgresDatabase(String name) {
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, "");
             java.sql.Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot prepare database " + name + " on " + PG_SERVER, e);
        }
        return PG_SERVER + name;
    }
}
