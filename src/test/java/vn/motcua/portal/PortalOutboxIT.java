package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.Api;
import vn.motcua.MotcuaIT;
import vn.motcua.cases.DossierState;
import vn.motcua.cases.DossierStateChanged;

/**
 * The outbox to the National Public Service Portal (README: 'Đồng bộ Cổng Dịch vụ công quốc gia / National Public
 * Service Portal') against a real HTTP server: a portal down for a while, answering late, two nodes sending at
 * once. Every state change arrives once, in order per dossier; nothing is lost, nothing is processed twice.
 * The application's own sender is off (no endpoint in tests); each test runs its own senders, as nodes, on the
 * application's database, with short waits.
 */
@MotcuaIT
class PortalOutboxIT {

    private static final String TOKEN = "bi-mat-cua-cong-dvc";
    private static final List<DossierState> LIFE = List.of(DossierState.SUBMITTED, DossierState.RECEIVED,
            DossierState.PROCESSING, DossierState.RESULT_READY, DossierState.RETURNED);

    @Autowired
    PortalOutbox outbox;
    @Autowired
    PortalSender applicationSender;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    TaskService taskService;

    /**
     * Short waits; a request timeout long enough that a busy machine never times out a request the portal answers
     * at once (a timeout sends the change again, legitimately): only the test of a late answer shortens it.
     */
    private static PortalSettings settings(URI endpoint, String node, Duration requestTimeout) {
        return new PortalSettings(endpoint, TOKEN, Duration.ofMillis(10), 100, Duration.ofSeconds(1), requestTimeout,
                Duration.ofSeconds(2).plus(requestTimeout.multipliedBy(2)), Duration.ofMillis(20), Duration.ofMillis(150),
                Duration.ofHours(1), node);
    }

    private static PortalSettings settings(URI endpoint, String node) {
        return settings(endpoint, node, Duration.ofSeconds(10));
    }

    private PortalSender node(PortalReceiver portal, String name) {
        return new PortalSender(outbox, settings(portal.endpoint(), name), Clock.systemUTC());
    }

    /** Dossiers whose changes are published as the engine would, each in its own transaction; their codes. */
    private List<String> dossiersLivedInterleaved(int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            codes.add("TEST.PORTAL-" + run + "-" + i);
        }
        OffsetDateTime due = OffsetDateTime.parse("2026-03-19T17:00:00+07:00");
        for (DossierState state : LIFE) {
            for (String code : codes) {
                boolean received = state != DossierState.SUBMITTED;
                boolean ready = state == DossierState.RESULT_READY || state == DossierState.RETURNED;
                new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> events.publishEvent(
                        new DossierStateChanged(code, state, Instant.now(), received ? due : null, received ? due : null,
                                ready ? OffsetDateTime.parse("2026-03-12T10:00:00+07:00") : null, "000.00.12.H42",
                                "MAU-SCT-RUOU-BB", null)));
            }
        }
        return codes;
    }

    /** Runs the senders, each in its own thread, until {@code done} or 20 s. */
    private static void runUntil(BooleanSupplier done, PortalSender... nodes) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (PortalSender node : nodes) {
            Thread thread = new Thread(() -> {
                while (!done.getAsBoolean() && System.nanoTime() < deadline) {
                    node.sendDue();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "test-" + node.node());
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private long unsent(List<String> codes) {
        return jdbc.sql("select count(*) from motcua_portal_outbox where sent_at is null and dossier_code in (:codes)")
                .param("codes", codes).query(Long.class).single();
    }

    private static void assertEachChangeProcessedOnceInOrder(PortalReceiver portal, List<String> codes) {
        for (String code : codes) {
            assertThat(portal.processedSequencesOf(code)).as("changes of %s as the portal processed them", code)
                    .containsExactly(1, 2, 3, 4, 5);
        }
    }

    @Test
    void aPortalDownForAWhileGetsEveryChangeOnceInOrderWhenItIsBack() throws Exception {
        // given twenty changes of four dossiers, and a portal that is not listening
        List<String> codes = dossiersLivedInterleaved(4);
        try (PortalReceiver portal = new PortalReceiver()) {
            PortalSender sender = new PortalSender(outbox, settings(portal.endpoint(), "node-a"), Clock.systemUTC());
            sender.start();
            try {
                // when the sender tries for a while: refused connections
                Thread.sleep(400);
                assertThat(portal.requests()).isEmpty();
                assertThat(unsent(codes)).isEqualTo(20);
                PortalOutbox.Backlog down = outbox.backlog(Instant.now().minus(Duration.ofHours(1)));
                assertThat(down.lastFailure()).contains("ConnectException");
                assertThat(down.lastFailureStatus()).isNull();

                // and then answers 503 five times before it works
                portal.failNext(5);
                portal.up();
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (unsent(codes) > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            } finally {
                sender.stop();
            }

            // then every change was processed once, in order per dossier, nothing lost
            assertThat(unsent(codes)).isZero();
            assertEachChangeProcessedOnceInOrder(portal, codes);
            assertThat(portal.requests()).filteredOn(request -> request.answered() == 503).hasSize(5);
            Map<String, Long> acknowledged = portal.requests().stream().filter(request -> request.answered() == 200)
                    .collect(Collectors.groupingBy(PortalReceiver.Request::key, Collectors.counting()));
            assertThat(acknowledged.values()).as("a change acknowledged twice").allMatch(times -> times == 1);
            // each with the bearer token and the documented shape, never the applicant
            JsonNode received = portal.processed().get(PortalMessage.key(codes.get(0), 2));
            assertThat(received.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(received.get("dossierCode").asText()).isEqualTo(codes.get(0));
            assertThat(received.get("sequence").asInt()).isEqualTo(2);
            assertThat(received.get("state").asText()).isEqualTo("RECEIVED");
            assertThat(received.get("promisedAt").asText()).isEqualTo("2026-03-19T17:00:00+07:00");
            assertThat(received.get("originalDueAt").asText()).isEqualTo("2026-03-19T17:00:00+07:00");
            assertThat(received.get("actualAt").isNull()).isTrue();
            assertThat(received.get("occurredAt").asText()).endsWith("+07:00");
            assertThat(received.get("agencyCode").asText()).isEqualTo("000.00.12.H42");
            assertThat(received.get("procedureCode").asText()).isEqualTo("MAU-SCT-RUOU-BB");
            assertThat(received.has("detail")).isTrue();
            assertThat(portal.requests()).allSatisfy(request ->
                    assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN));
        }
    }

    @Test
    void aChangeAnsweredTooLateIsSentAgainWithTheSameKeyAndTheNextWaitsForIt() throws Exception {
        // given a dossier's five changes, and a portal that answers the first one after the sender gave up
        List<String> codes = dossiersLivedInterleaved(1);
        String code = codes.get(0);
        String firstKey = PortalMessage.key(code, 1);
        try (PortalReceiver portal = new PortalReceiver()) {
            portal.up();
            portal.answerLate(firstKey, Duration.ofMillis(900));

            // when the sender runs
            runUntil(() -> unsent(codes) == 0, new PortalSender(outbox,
                    settings(portal.endpoint(), "node-a", Duration.ofMillis(300)), Clock.systemUTC()));

            // then the first change went twice under one key, stored with the row, with the same body
            List<PortalReceiver.Request> requests = portal.requestsOf(code);
            List<PortalReceiver.Request> first = requests.stream().filter(request -> request.sequence() == 1).toList();
            assertThat(first).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(request -> assertThat(request.key()).isEqualTo(firstKey))
                    .extracting(PortalReceiver.Request::body).containsOnly(first.get(0).body());
            assertThat(jdbc.sql("select idempotency_key from motcua_portal_outbox where dossier_code = :code and seq = 1")
                    .param("code", code).query(String.class).single()).isEqualTo(firstKey);
            // the portal processed it once, and the second change came only after the first was acknowledged
            assertEachChangeProcessedOnceInOrder(portal, codes);
            int lastOfFirst = requests.lastIndexOf(first.get(first.size() - 1));
            int firstOfSecond = requests.indexOf(requests.stream().filter(request -> request.sequence() == 2)
                    .findFirst().orElseThrow());
            assertThat(firstOfSecond).isGreaterThan(lastOfFirst);
        }
    }

    @Test
    void twoNodesSendingAtOnceNeverSendOneChangeTwice() throws Exception {
        // given fifty changes of ten dossiers
        List<String> codes = dossiersLivedInterleaved(10);
        try (PortalReceiver portal = new PortalReceiver()) {
            portal.up();

            // when two nodes send at the same time
            runUntil(() -> unsent(codes) == 0, node(portal, "node-a"), node(portal, "node-b"));

            // then each change arrived exactly once (no timeouts here: a second request would be a double send)
            assertThat(unsent(codes)).isZero();
            Map<String, Long> requestsPerKey = portal.requests().stream()
                    .collect(Collectors.groupingBy(PortalReceiver.Request::key, Collectors.counting()));
            assertThat(requestsPerKey.values()).as("a change sent twice").allMatch(times -> times == 1);
            assertEachChangeProcessedOnceInOrder(portal, codes);
        }
    }

    @Test
    void twoNodesClaimingTheSameChangeAtTheSameInstantOneWins() throws Exception {
        // given an outbox with nothing pending (what other tests left is delivered first)
        try (PortalReceiver portal = new PortalReceiver()) {
            portal.up();
            runUntil(() -> outbox.backlog(Instant.now()).pending() == 0, node(portal, "node-a"));
        }
        assertThat(outbox.backlog(Instant.now()).pending()).isZero();
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                // when one change is there and two nodes claim at the same instant
                String code = dossiersLivedInterleaved(1).get(0);
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<java.util.Optional<PortalOutbox.Row>>> claims = new ArrayList<>();
                for (String name : List.of("node-a", "node-b")) {
                    claims.add(nodes.submit(() -> {
                        together.await();
                        return outbox.claimNext(name, Instant.now(), Duration.ofSeconds(30));
                    }));
                }
                List<PortalOutbox.Row> won = new ArrayList<>();
                for (var claim : claims) {
                    claim.get().ifPresent(won::add);
                }

                // then exactly one has it: the dossier's first change (its later ones wait behind it)
                assertThat(won).as("round %d: claims of one change", round).hasSize(1);
                assertThat(won.get(0).dossierCode()).isEqualTo(code);
                assertThat(won.get(0).sequence()).isEqualTo(1);
                // and nobody else may take it, nor the next change, while the claim runs
                assertThat(outbox.claimNext("node-c", Instant.now(), Duration.ofSeconds(30))).isEmpty();
                jdbc.sql("update motcua_portal_outbox set sent_at = current_timestamp where dossier_code = :code")
                        .param("code", code).update();
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void withoutAnEndpointNothingIsSentAndTheChangesWait() throws Exception {
        // given the application's settings: no endpoint
        List<String> codes = dossiersLivedInterleaved(1);
        try (PortalReceiver portal = new PortalReceiver()) {
            portal.up();
            PortalSender disabled = new PortalSender(outbox, settings(null, "node-off"), Clock.systemUTC());

            // when its rounds come
            disabled.start();
            assertThat(disabled.sendDue()).isZero();
            disabled.stop();

            // then nothing went anywhere, the changes are kept untouched, and the backlog shows them
            assertThat(applicationSender.isRunning()).isFalse();
            assertThat(disabled.isRunning()).isFalse();
            assertThat(portal.requests()).isEmpty();
            assertThat(unsent(codes)).isEqualTo(5);
            assertThat(jdbc.sql("select max(attempts) from motcua_portal_outbox where dossier_code in (:codes)")
                    .param("codes", codes).query(Integer.class).single()).isZero();
        }
        Api api = new Api(rest);
        ResponseEntity<String> backlog = api.get("admin", "demo", "/api/portal/outbox");
        assertThat(backlog.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode state = json.readTree(backlog.getBody());
        assertThat(state.get("enabled").asBoolean()).isFalse();
        assertThat(state.get("pending").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(state.get("delayed").asLong()).isZero();
        assertThat(api.get("chaudm", "demo", "/api/portal/outbox").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get("lannt", "demo", "/api/portal/outbox").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aDossierWalkedThroughTheEngineReachesThePortalWithoutPersonalData() throws Exception {
        // given a dossier received at the desk and worked to its return
        Api api = new Api(rest);
        Map<String, Object> dossier = new HashMap<>();
        dossier.put("procedureCode", "MAU-SCT-RUOU-BB");
        dossier.put("channel", "IN_PERSON");
        dossier.put("applicant", Map.of("name", "Nguyễn Văn Bảo", "idNumber", "001085012345", "phone", "0912345678",
                "email", "bao.nguyen@example.vn"));
        dossier.put("papers", List.of("DON-DE-NGHI", "GCN-DKDN", "DIA-DIEM", "NHA-CUNG-CAP"));
        dossier.put("intakeOutcome", "COMPLETE");
        ResponseEntity<String> submitted = api.send("lannt", "demo", HttpMethod.POST, "/api/dossiers", dossier);
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
        String code = json.readTree(submitted.getBody()).get("code").asText();
        for (int guard = 0; guard < 30; guard++) {
            List<Task> open = taskService.createTaskQuery().processInstanceBusinessKey(code).list();
            if (open.isEmpty()) {
                break;
            }
            taskService.complete(open.get(0).getId(), answers(open.get(0)));
        }

        // when a node sends, with the changes other tests left unsent set aside (in a shared database, on
        // PostgreSQL most of all, they would come first and outlast the wait)
        jdbc.sql("update motcua_portal_outbox set sent_at = current_timestamp where sent_at is null and dossier_code <> :code")
                .param("code", code).update();
        try (PortalReceiver portal = new PortalReceiver()) {
            portal.up();
            runUntil(() -> unsent(List.of(code)) == 0, node(portal, "node-a"));

            // then the portal has the dossier's life, in order, and no personal data of the applicant
            assertThat(portal.processedSequencesOf(code)).containsExactly(1, 2, 3, 4, 5);
            List<String> states = portal.requestsOf(code).stream()
                    .map(request -> readState(request.body())).toList();
            assertThat(states).containsExactly("SUBMITTED", "RECEIVED", "PROCESSING", "RESULT_READY", "RETURNED");
            assertThat(portal.requestsOf(code)).allSatisfy(request -> assertThat(request.body())
                    .doesNotContain("Nguyễn Văn Bảo", "001085012345", "0912345678", "bao.nguyen@example.vn"));
        }
    }

    private String readState(String body) {
        try {
            return json.readTree(body).get("state").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What each step's form submits on the main path. */
    private static Map<String, Object> answers(Task task) {
        return switch (task.getTaskDefinitionKey()) {
            case "Task_AppraiseDossier" -> Map.of("appraisalOutcome", "APPROVE", "appraisalNote", "Hồ sơ hợp lệ");
            case "Task_ReturnResult" -> Map.of("returnMethod", "AT_DESK", "resultHandedOver", true);
            case "Task_HandOverDossier" -> Map.of("receiptHandedToApplicant", true);
            default -> Map.of("stepNote", "Đồng ý", "resultSigned", true);
        };
    }
}
