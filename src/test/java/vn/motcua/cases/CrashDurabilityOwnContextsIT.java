package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A 201 means the dossier is stored: the application runs in a JVM of its own on an H2 file with the
 * shipped database settings, desks submit dossiers from several threads, the JVM is killed with SIGKILL
 * while submissions are in flight, and after a restart every dossier that was answered 201 is there with
 * its process, and no new dossier gets one of their codes.
 */
class CrashDurabilityOwnContextsIT {

    private static final String CLERK = "lannt";
    private static final String PASSWORD = "demo";
    private static final String ADMIN = "crashadmin";
    private static final String ADMIN_PASSWORD = "crash-secret";
    private static final int DESKS = 4;
    private static final Duration SUBMITTING = Duration.ofSeconds(2);
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final String DOSSIER = """
            {"procedureCode": "MAU-SCT-RUOU-BB", "channel": "IN_PERSON",
             "applicant": {"name": "Nguyễn Văn Bảo", "idNumber": "001085012345", "phone": "0912345678"},
             "papers": ["DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"], "intakeOutcome": "COMPLETE"}""";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyDossierAnswered201SurvivesAKillAndItsCodeIsNeverGivenAgain() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash");

        // given: desks submitting dossiers at once
        // when: the server is killed with SIGKILL mid-submission, then started again on the same file
        Map<String, String> acknowledged = new ConcurrentHashMap<>();   // code -> process instance id
        Child first = Child.start(dataDir, "before-kill");
        try {
            first.awaitReady(this);
            submitUntilKilled(first, acknowledged);
        } finally {
            first.kill();
        }
        assertThat(acknowledged).as("dossiers answered 201 before the kill").isNotEmpty();

        Child second = Child.start(dataDir, "after-restart");
        try {
            second.awaitReady(this);

            // then: every acknowledged dossier is there, with its process
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, String> dossier : acknowledged.entrySet()) {
                HttpResponse<String> read = get(second, CLERK, PASSWORD, "/api/dossiers/" + dossier.getKey());
                HttpResponse<String> process = get(second, ADMIN, ADMIN_PASSWORD,
                        "/engine-rest/process-instance/" + dossier.getValue());
                if (read.statusCode() != 200 || process.statusCode() != 200
                        || !dossier.getValue().equals(json.readTree(read.body()).path("processInstanceId").asText())
                        || !dossier.getKey().equals(json.readTree(process.body()).path("businessKey").asText())) {
                    lost.add(dossier.getKey() + " (dossier " + read.statusCode() + ", process " + process.statusCode() + ")");
                }
            }
            assertThat(lost).as("of %d dossiers answered 201, these are gone after the crash: the citizen's receipt "
                    + "opens nothing, or a stranger's dossier", acknowledged.size()).isEmpty();

            // and: the next applicants get new codes, none of them a code already on someone's receipt
            Set<String> next = ConcurrentHashMap.newKeySet();
            ExecutorService desks = Executors.newFixedThreadPool(DESKS);
            List<Future<?>> submitted = new ArrayList<>();
            for (int desk = 0; desk < DESKS; desk++) {
                submitted.add(desks.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        HttpResponse<String> answer = submit(second);
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                        assertThat(next.add(code(answer))).isTrue();
                    }
                    return null;
                }));
            }
            for (Future<?> desk : submitted) {
                desk.get(60, TimeUnit.SECONDS);
            }
            desks.shutdown();
            assertThat(next).hasSize(DESKS * 5).doesNotContainAnyElementsOf(acknowledged.keySet());
        } finally {
            second.kill();
        }
    }

    /**
     * Desks submit without pause; {@link #SUBMITTING} after the first 201, the next 201 to arrive sets off
     * the kill at once, while the other desks' submissions are still in flight. The newest acknowledged
     * commit is then milliseconds old: a database that writes commits late loses it.
     */
    private void submitUntilKilled(Child child, Map<String, String> acknowledged) throws Exception {
        AtomicBoolean killNext = new AtomicBoolean();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService desks = Executors.newFixedThreadPool(DESKS);
        for (int desk = 0; desk < DESKS; desk++) {
            desks.submit(() -> {
                while (!killed.get()) {
                    try {
                        HttpResponse<String> answer = submit(child);
                        if (answer.statusCode() == 201) {
                            JsonNode body = json.readTree(answer.body());
                            acknowledged.put(body.get("code").asText(), body.get("processInstanceId").asText());
                            if (killNext.get() && killed.compareAndSet(false, true)) {
                                child.process().destroyForcibly();
                            }
                        }
                    } catch (IOException connectionLostToTheKill) {
                        // no answer, no promise: the applicant was never given a code
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (acknowledged.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(SUBMITTING.toMillis());
        killNext.set(true);
        deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!killed.get() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        int whenKilled = acknowledged.size();
        killed.set(true);
        child.kill();
        desks.shutdown();
        assertThat(desks.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        System.out.printf("crash test: %d dossiers answered 201 (%d when SIGKILL was sent)%n", acknowledged.size(), whenKilled);
    }

    private HttpResponse<String> submit(Child child) throws IOException, InterruptedException {
        return http.send(request(child, CLERK, PASSWORD, "/api/dossiers")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(DOSSIER, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String code(HttpResponse<String> answer) throws IOException {
        return json.readTree(answer.body()).get("code").asText();
    }

    HttpResponse<String> get(Child child, String user, String password, String path) throws IOException, InterruptedException {
        return http.send(request(child, user, password, path).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(Child child, String user, String password, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + child.port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json");
    }

    /**
     * The application in a JVM of its own, on the test's classpath, with the demo profile (desk users) and
     * the shipped database URL: only the data directory differs. Its log goes to a file next to the data.
     */
    record Child(Process process, int port, Path log) {

        static Child start(Path dataDir, String name) throws IOException {
            int port = freePort();
            Path log = dataDir.resolve(name + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-XX:TieredStopAtLevel=1",
                    "-Duser.timezone=UTC", "-cp", applicationClasspath(), "vn.motcua.MotcuaApplication",
                    "--spring.profiles.active=demo", "--server.port=" + port, "--app.data-dir=" + dataDir,
                    "--logging.level.vn.motcua.cases.DossierRegistration=WARN")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("MOTCUA_ADMIN_USER", ADMIN);
            builder.environment().put("MOTCUA_ADMIN_PASSWORD", ADMIN_PASSWORD);
            return new Child(builder.start(), port, log);
        }

        /** Ready once a desk user can list the procedures. */
        void awaitReady(CrashDurabilityOwnContextsIT test) throws Exception {
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("the application stopped while starting; see " + log);
                }
                try {
                    if (test.get(this, CLERK, PASSWORD, "/api/procedures").statusCode() == 200) {
                        return;
                    }
                } catch (ConnectException notListeningYet) {
                    // starting
                }
                Thread.sleep(250);
            }
            throw new AssertionError("the application did not start within " + STARTUP + "; see " + log);
        }

        /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed on the way out. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        /** The test JVM's classpath (failsafe's, with target/classes) without the tests' own classes and settings. */
        private static String applicationClasspath() {
            return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                    .collect(Collectors.joining(File.pathSeparator));
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
