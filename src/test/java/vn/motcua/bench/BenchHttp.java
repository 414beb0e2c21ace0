package vn.motcua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** Timed reads of the real HTTP endpoints, as a signed-in user calls them, for the read benchmarks. */
final class BenchHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String user;

    /** Calls as the demo user (password "demo"). */
    BenchHttp(String user) {
        this.user = user;
    }

    String get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * Median of ten timed requests after three to warm up. Before each, {@code change} runs (untimed): counters and
     * dossiers change all day on a live system, and no answer may come from H2's result cache.
     */
    double median(String url, Runnable change) throws Exception {
        for (int i = 0; i < 3; i++) {
            get(url);
        }
        double[] millis = new double[10];
        for (int i = 0; i < millis.length; i++) {
            change.run();
            long start = System.nanoTime();
            get(url);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return (millis[4] + millis[5]) / 2;
    }
}
