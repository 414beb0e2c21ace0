package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;
import vn.motcua.cases.Applicant;
import vn.motcua.cases.Channel;
import vn.motcua.cases.DossierService;
import vn.motcua.cases.IntakeOutcome;
import vn.motcua.cases.NewDossier;

/**
 * Dossier throughput: N dossiers of one real procedure started through the application's own service
 * and walked to the returned result, with the production configuration (every plugin and listener,
 * authorizations, history full, H2 file); beside it the same BPMN on a bare Camunda engine with its default
 * configuration on the same kind of database, as plain BPMN whose steps draw their own escalation timers (issue
 * 12's reference), and the same bare engine configured alike: authorizations on (the clerk starts, each step's
 * candidate group works it, by the engine's own grants), history full. The sides take turns by chunks of dossiers,
 * each timed on its own. Run with {@code ./mvnw -q -Pbench verify}; the last line is {@code BENCH db=<db>
 * dossiers_per_s=<x> bare_dossiers_per_s=<y> ratio=<x/y> alike_dossiers_per_s=<z> ratio_to_alike=<x/z>}
 * ({@code -Dbench.alike=false} leaves the third side out).
 */
class DossierThroughputBenchmark {

    private static final String PROCEDURE = "MAU-SCT-RUOU-BB";
    private static final String PROCESS_KEY = "LiquorWholesaleLicenceProcess";
    private static final int DOSSIERS = Integer.getInteger("bench.dossiers", 1000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    private static final Path DIR = Path.of("target", "bench");
    /** -Dbench.db=postgres: both sides on the local PostgreSQL (a fresh database each), else H2 files. */
    private static final boolean POSTGRES = "postgres".equals(System.getProperty("bench.db", "h2"));
    private static final String PG_SERVER = System.getProperty("bench.pgServer", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getProperty("bench.pgUser", "postgres");
    /**
     * -Dbench.statements=true: counts each side's JDBC statements while it is timed, prints them per dossier and
     * writes them by statement text to target/bench/statements-{app,bare}.txt (off by default: the counting
     * proxy costs a little time per statement).
     */
    private static final boolean COUNT_STATEMENTS = Boolean.getBoolean("bench.statements");
    /** -Dbench.alike=false: no third side (Camunda with authorizations and full history, as Motcua runs it). */
    private static final boolean ALIKE = Boolean.parseBoolean(System.getProperty("bench.alike", "true"));
    /**
     * The reference: the procedure as it was drawn before the engine owned step escalations, each user task
     * with its due-soon and overdue boundary timers (src/test/resources/bench), on plain Camunda.
     */
    private static final List<String> BARE_MODELS = List.of("LiquorWholesaleLicenceProcess.bpmn",
            "DossierIntakeProcess.bpmn", "ResultReturnProcess.bpmn");

    /** The desk's clerk who receives every dossier, and her group. */
    private static final String CLERK = "lannt";
    private static final String CLERKS = "one-stop-clerk";
    /** Who works each candidate group in the demo data. */
    private static final Map<String, String> WORKERS = Map.of(
            "one-stop-clerk", "lannt", "mot-cua-tinh", "lannt", "sct-quan-ly-thuong-mai", "minhtv",
            "sct-quan-ly-thuong-mai-lanh-dao", "hoalt", "sct-lanh-dao", "namhv");
    /** Each worker's groups as the application knows them (the desk's role and unit), read once per side. */
    private static final Map<String, List<String>> GROUPS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each worker's tenants (Motcua: their agencies) as sign-in reads them, once per side. */
    private static final Map<String, List<String>> TENANTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many dossiers each side walks before the other takes its turn (-Dbench.chunk). */
    private static final int CHUNK = Integer.getInteger("bench.chunk", 50);

    /**
     * Both sides run at once and take turns, {@link #CHUNK} dossiers each, each timed on its own: a machine whose
     * load changes during the run (other builds) weighs on both alike, so the ratio holds where absolute figures
     * move. The sides, their configuration and what they run are as before.
     */
    @Test
    void dossiersPerSecond() throws Exception {
        clean();
        StatementCounter appStatements = COUNT_STATEMENTS ? new StatementCounter() : null;
        StatementCounter bareStatements = COUNT_STATEMENTS ? new StatementCounter() : null;
        double app;
        double bare;
        double alike = Double.NaN;
        try (Side application = application(appStatements); Side bareEngine = bareEngine(bareStatements, false);
             Side alikeEngine = ALIKE ? bareEngine(null, true) : null) {
            for (int i = 0; i < WARM_UP; i++) {
                application.walk(-1 - i);
                bareEngine.walk(-1 - i);
                if (alikeEngine != null) {
                    alikeEngine.walk(-1 - i);
                }
            }
            application.count();
            bareEngine.count();
            for (int done = 0; done < DOSSIERS; done += CHUNK) {
                int n = Math.min(CHUNK, DOSSIERS - done);
                application.time(done, n);
                bareEngine.time(done, n);
                if (alikeEngine != null) {
                    alikeEngine.time(done, n);
                }
            }
            app = application.perSecond();
            bare = bareEngine.perSecond();
            if (alikeEngine != null) {
                alike = alikeEngine.perSecond();
            }
            if (!POSTGRES) {
                // what each commit costs H2 grows with the pages it changed: the bytes written say it without the load
                System.out.println("BENCH h2_file_writes_per_dossier=" + application.written(DOSSIERS)
                        + " bare_h2_file_writes_per_dossier=" + bareEngine.written(DOSSIERS));
            }
        }
        if (COUNT_STATEMENTS) {
            Files.writeString(DIR.resolve("statements-app.txt"), appStatements.report(DOSSIERS));
            Files.writeString(DIR.resolve("statements-bare.txt"), bareStatements.report(DOSSIERS));
            System.out.println(String.format(java.util.Locale.ROOT,
                    "BENCH statements_per_dossier=%.1f round_trips_per_dossier=%.1f bare_statements_per_dossier=%.1f"
                            + " bare_round_trips_per_dossier=%.1f commits_per_dossier=%.1f bare_commits_per_dossier=%.1f",
                    appStatements.statements() / (double) DOSSIERS, appStatements.roundTrips() / (double) DOSSIERS,
                    bareStatements.statements() / (double) DOSSIERS, bareStatements.roundTrips() / (double) DOSSIERS,
                    appStatements.commits() / (double) DOSSIERS, bareStatements.commits() / (double) DOSSIERS));
        }
        String line = String.format(java.util.Locale.ROOT, "BENCH db=%s dossiers_per_s=%.1f bare_dossiers_per_s=%.1f ratio=%.3f",
                POSTGRES ? "postgres" : "h2", app, bare, app / bare)
                + (ALIKE ? String.format(java.util.Locale.ROOT, " alike_dossiers_per_s=%.1f ratio_to_alike=%.3f",
                alike, app / alike) : "");
        Files.writeString(DIR.resolve("dossiers.txt"), line + System.lineSeparator());
        System.out.println(line);
    }

    /** One side: how it starts a dossier, its engine's services, its statements, the time its timed dossiers took. */
    private static final class Side implements AutoCloseable {

        private final Function<Integer, String> start;
        private final TaskService tasks;
        private final IdentityService identity;
        private final StatementCounter counter;
        private final AutoCloseable closing;
        private final H2Writes writes;
        private long nanos;
        private int timed;

        Side(Function<Integer, String> start, TaskService tasks, IdentityService identity, StatementCounter counter,
             AutoCloseable closing, DataSource dataSource) {
            this.start = start;
            this.tasks = tasks;
            this.identity = identity;
            this.counter = counter;
            this.closing = closing;
            this.writes = POSTGRES ? null : H2Writes.of(dataSource);
        }

        void walk(int i) {
            DossierThroughputBenchmark.walk(start.apply(i), tasks, identity);
        }

        void count() {
            if (counter != null) {
                counter.start();
            }
            if (writes != null) {
                writes.start();
            }
        }

        void time(int first, int n) {
            long began = System.nanoTime();
            for (int i = first; i < first + n; i++) {
                walk(i);
            }
            nanos += System.nanoTime() - began;
            timed += n;
        }

        double perSecond() {
            if (counter != null) {
                counter.stop();
            }
            if (writes != null) {
                writes.stop();
            }
            return timed / (nanos / 1e9);
        }

        /** What H2 wrote to the side's file while it was counted, per dossier: "<writes> <kilobytes>". */
        String written(int dossiers) {
            return writes == null ? "" : writes.perDossier(dossiers);
        }

        @Override
        public void close() throws Exception {
            closing.close();
        }
    }

    private Side application(StatementCounter counter) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0",
                "--app.data-dir=" + DIR.toAbsolutePath().resolve("app"),
                "--logging.level.root=WARN", "--logging.level.vn.motcua=WARN", "--camunda.bpm.process-engine-name=bench"));
        String[] profiles = POSTGRES ? new String[] {"demo", "postgres"} : new String[] {"demo"};
        if (POSTGRES) {
            args.add("--spring.datasource.url=" + freshPostgresDatabase("motcua_bench_app"));
        }
        // -Dbench.appArgs="--a=b --c=d" tries other settings, to find where the time goes
        String extra = System.getProperty("bench.appArgs", "").trim();
        if (!extra.isEmpty()) {
            args.addAll(List.of(extra.split("\\s+")));
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(MotcuaApplication.class).profiles(profiles);
        if (counter != null) {
            builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource ? counter.wrap(dataSource) : bean;
                }
            }));
        }
        ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
        DossierService dossiers = context.getBean(DossierService.class);
        IdentityService identity = context.getBean(IdentityService.class);
        TaskService tasks = context.getBean(TaskService.class);
        NewDossier dossier = new NewDossier(PROCEDURE, Channel.IN_PERSON,
                new Applicant("Nguyễn Văn Bảo", "001085012345", "0912345678", null, null),
                List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"), IntakeOutcome.COMPLETE, null, null);
        Function<Integer, String> start = i -> {
            identity.setAuthentication(CLERK, List.of(CLERKS));
            try {
                return dossiers.submit(dossier, null).code();
            } finally {
                identity.clearAuthentication();
            }
        };
        return new Side(start, tasks, identity, counter, context, context.getBean(DataSource.class));
    }

    /**
     * Plain Camunda running the bench fixture: with its defaults (the reference), or alike, with what Motcua turns
     * on that costs the engine itself: authorizations (the engine grants each step's candidate group its task; the
     * clerk's group may start the process) and full history.
     */
    private Side bareEngine(StatementCounter counter, boolean alike) {
        String name = alike ? "alike" : "bare";
        StandaloneProcessEngineConfiguration configuration = (StandaloneProcessEngineConfiguration)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        if (POSTGRES) {
            configuration.setJdbcUrl(freshPostgresDatabase("motcua_bench_" + name));
            configuration.setJdbcDriver("org.postgresql.Driver");
            configuration.setJdbcUsername(PG_USER);
        } else if (alike) {
            configuration.setJdbcUrl("jdbc:h2:file:" + DIR.toAbsolutePath().resolve(name));
        } else {
            configuration.setJdbcUrl(System.getProperty("bench.bareUrl", "jdbc:h2:file:" + DIR.toAbsolutePath().resolve("bare")));
        }
        if (counter != null) {
            configuration.setDataSource(counter.wrap(new PooledDataSource(configuration.getJdbcDriver(),
                    configuration.getJdbcUrl(), configuration.getJdbcUsername(), configuration.getJdbcPassword())));
        }
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setProcessEngineName(name);
        if (alike) {
            configuration.setAuthorizationEnabled(true);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        }
        configuration.setBeans(new HashMap<>(Map.of(
                "dossierRegistration", new BareEngineStubs.Registration(),
                "dossierIntake", new BareEngineStubs.Intake(),
                "dossierMilestones", new BareEngineStubs.Milestones(),
                "dossierDeadlines", new BareEngineStubs.Deadlines(),
                "escalations", new BareEngineStubs.Escalations(),
                "dossierSupplements", new BareEngineStubs.Supplements(),
                "dossierApologies", new BareEngineStubs.Apologies(),
                "agencyShares", new BareEngineStubs.AgencyShares())));
        ProcessEngine engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment();
        for (String model : BARE_MODELS) {
            deployment.addClasspathResource("bench/" + model);
        }
        deployment.deploy();
        IdentityService identity = engine.getIdentityService();
        if (alike) {
            grant(engine, Resources.PROCESS_DEFINITION, Permissions.CREATE_INSTANCE);
            grant(engine, Resources.PROCESS_INSTANCE, Permissions.CREATE);
        }
        Function<Integer, String> start = i -> {
            String code = name + "-" + i;
            if (alike) {
                identity.setAuthentication(CLERK, List.of(CLERKS));
            }
            try {
                engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, code,
                        Map.of("dossierCode", code, "agencyCode", "000.00.12.H42", "intakeOutcome", "COMPLETE"));
            } finally {
                identity.clearAuthentication();
            }
            return code;
        };
        if (alike) {
            authorizationsHold(engine, start.apply(-WARM_UP - 1));
        }
        return new Side(start, engine.getTaskService(), identity, counter, engine::close,
                configuration.getDataSource());
    }

    /**
     * The side configured alike really checks: someone in no group sees none of the dossier's tasks, its step's
     * candidate group sees it; the dossier is then walked to its end like the others.
     */
    private static void authorizationsHold(ProcessEngine engine, String code) {
        TaskService tasks = engine.getTaskService();
        IdentityService identity = engine.getIdentityService();
        Task task = next(tasks, code);
        String group = tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(WORKERS::containsKey).findFirst().orElseThrow();
        try {
            identity.setAuthentication("outsider", List.of());
            long outsider = tasks.createTaskQuery().processInstanceBusinessKey(code).count();
            identity.setAuthentication(WORKERS.get(group), List.of(group));
            long worker = tasks.createTaskQuery().processInstanceBusinessKey(code).count();
            if (outsider != 0 || worker != 1) {
                throw new IllegalStateException("the side configured alike does not check authorizations: outsider sees "
                        + outsider + " task(s), the step's group " + worker);
            }
        } finally {
            identity.clearAuthentication();
        }
        walk(code, tasks, identity);
    }

    /** The clerks' group may do it on every resource of the kind, as an administrator of plain Camunda would set. */
    private static void grant(ProcessEngine engine, Resources resource, Permission permission) {
        Authorization authorization = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(CLERKS);
        authorization.setResource(resource);
        authorization.setResourceId(Authorization.ANY);
        authorization.addPermission(permission);
        engine.getAuthorizationService().saveAuthorization(authorization);
    }

    private static void walk(String code, TaskService tasks, IdentityService identity) {
        for (Task task = next(tasks, code); task != null; task = next(tasks, code)) {
            String group = tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                    .filter(WORKERS::containsKey).findFirst().orElseThrow();
            String user = WORKERS.get(group);
            String side = System.identityHashCode(identity) + "|" + user;
            identity.setAuthentication(user, GROUPS.computeIfAbsent(side, key -> {
                List<String> known = identity.createGroupQuery().groupMember(user).list().stream()
                        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
                return known.isEmpty() ? List.of(group) : known;
            }), TENANTS.computeIfAbsent(side, key -> identity.createTenantQuery().userMember(user)
                    .includingGroupsOfUser(true).list().stream().map(org.camunda.bpm.engine.identity.Tenant::getId).toList()));
            try {
                tasks.complete(task.getId(), answers(task));
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    private static Task next(TaskService tasks, String code) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(code).listPage(0, 1);
        return open.isEmpty() ? null : open.get(0);
    }

    private static Map<String, Object> answers(Task task) {
        return switch (task.getTaskDefinitionKey()) {
            case "Task_AppraiseDossier" -> Map.of("appraisalOutcome", "APPROVE");
            case "Task_ReturnResult" -> Map.of("returnMethod", "AT_DESK", "resultHandedOver", true);
            default -> Map.of();
        };
    }

    /** Drops and creates the database, so that each run starts empty; its JDBC URL. */
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

    private static void clean() throws IOException {
        if (Files.exists(DIR)) {
            try (Stream<Path> files = Files.walk(DIR)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(DIR);
    }
}
