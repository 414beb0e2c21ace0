package vn.motcua.portal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A portal as a real HTTP server in the test (JDK {@link HttpServer}): it may be down (nothing listening), answer
 * 503 for a while, or answer one change too late; it processes each idempotency key once, as a portal must, and
 * records every request in the order it arrived.
 */
final class PortalReceiver implements AutoCloseable {

    /** One request as it arrived. */
    record Request(String key, String dossierCode, int sequence, String body, String authorization, int answered) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final List<Request> requests = new ArrayList<>();
    /** The first body processed for each key, in the order processed. */
    private final Map<String, JsonNode> processed = new LinkedHashMap<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile String slowKey;
    private volatile Duration slowFor;
    private HttpServer server;
    private ExecutorService executor;

    PortalReceiver() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
    }

    URI endpoint() {
        return URI.create("http://localhost:" + port + "/dvc/trang-thai-ho-so");
    }

    /** Starts listening (until then a connection is refused). */
    synchronized void up() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", port), 50);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/dvc/trang-thai-ho-so", this::handle);
        server.start();
    }

    /** The next {@code count} requests are answered 503, processing nothing. */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    /** The first request with this key is processed, then answered only after {@code delay}. */
    void answerLate(String key, Duration delay) {
        slowFor = delay;
        slowKey = key;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        JsonNode json = JSON.readTree(body);
        int status;
        boolean late = false;
        synchronized (this) {
            if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                status = 503;
            } else {
                // a portal processes a key once; a repeated key is acknowledged again, nothing more
                if (!processed.containsKey(key)) {
                    processed.put(key, json);
                    late = key.equals(slowKey);
                }
                status = 200;
            }
            requests.add(new Request(key, json.path("dossierCode").asText(), json.path("sequence").asInt(), body,
                    exchange.getRequestHeaders().getFirst("Authorization"), status));
        }
        if (late) {
            sleep(slowFor);
        }
        byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        try (var out = exchange.getResponseBody()) {
            out.write(answer);
        } catch (IOException clientGone) {
            // the sender gave up waiting: it will send the same key again
        }
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized List<Request> requestsOf(String dossierCode) {
        return requests.stream().filter(request -> request.dossierCode().equals(dossierCode)).toList();
    }

    /** The sequence numbers of a dossier's changes in the order the portal processed them. */
    synchronized List<Integer> processedSequencesOf(String dossierCode) {
        return processed.values().stream().filter(json -> json.path("dossierCode").asText().equals(dossierCode))
                .map(json -> json.path("sequence").asInt()).toList();
    }

    synchronized Map<String, JsonNode> processed() {
        return Map.copyOf(processed);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }
}
