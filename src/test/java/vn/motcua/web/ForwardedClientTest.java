package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.embedded.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The client the public rate limits count is {@code getRemoteAddr()}. With the shipped settings no
 * header can change it, not even on Kubernetes (where Spring Boot would otherwise trust forwarded headers
 * by itself); with the reverse-proxy settings the README gives, the proxy's X-Forwarded-For names the
 * client, and nobody else's does. Built by Spring Boot's own Tomcat customizer from the properties.
 */
class ForwardedClientTest {

    private static final String PROXY = "10.0.0.5";

    @Test
    void theShippedSettingsTrustNoForwardedHeaderEvenOnKubernetes() throws IOException {
        TomcatServletWebServerFactory tomcat = tomcat(Map.of("spring.main.cloud-platform", "kubernetes"));

        assertThat(tomcat.getEngineValves()).noneMatch(RemoteIpValve.class::isInstance);
    }

    @Test
    void behindTheConfiguredProxyTheClientIsWhomTheProxyNames() throws Exception {
        RemoteIpValve valve = remoteIpValve(tomcat(Map.of("server.forward-headers-strategy", "native",
                "server.tomcat.remoteip.internal-proxies", "10\\.0\\.0\\.5")));

        assertThat(clientSeen(valve, PROXY, "203.0.113.9")).isEqualTo("203.0.113.9");
        // the proxy appends the address it saw to what the client sent: the forged part is not believed
        assertThat(clientSeen(valve, PROXY, "198.51.100.1, 203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void aClientOutsideTheConfiguredProxyCannotNameItself() throws Exception {
        RemoteIpValve valve = remoteIpValve(tomcat(Map.of("server.forward-headers-strategy", "native",
                "server.tomcat.remoteip.internal-proxies", "10\\.0\\.0\\.5")));

        assertThat(clientSeen(valve, "10.0.0.77", "203.0.113.9")).as("another host of the private network")
                .isEqualTo("10.0.0.77");
    }

    @Test
    void springBootsDefaultProxiesWouldLetAnyPrivateAddressNameItself() throws Exception {
        // why the README asks for an explicit regex: native alone trusts 10/8, 172.16/12, 192.168/16, 127/8
        RemoteIpValve valve = remoteIpValve(tomcat(Map.of("server.forward-headers-strategy", "native")));

        assertThat(clientSeen(valve, "10.0.0.77", "203.0.113.9")).isEqualTo("203.0.113.9");
    }

    /** Tomcat as Spring Boot builds it from application.yaml plus the given properties. */
    private static TomcatServletWebServerFactory tomcat(Map<String, Object> properties) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        ServerProperties server = Binder.get(environment).bind("server", ServerProperties.class)
                .orElseGet(ServerProperties::new);
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new TomcatWebServerFactoryCustomizer(environment, server).customize(factory);
        return factory;
    }

    private static RemoteIpValve remoteIpValve(TomcatServletWebServerFactory tomcat) {
        return tomcat.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no RemoteIpValve"));
    }

    /** What {@code getRemoteAddr()} says behind the valve for a connection from {@code peer}. */
    private static String clientSeen(RemoteIpValve valve, String peer, String forwardedFor) throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        Valve next = new ValveBase() {
            @Override
            public void invoke(Request request, Response response) {
                seen.set(request.getRemoteAddr());
            }
        };
        valve.setNext(next);
        Request request = new Request(new Connector());
        request.setCoyoteRequest(new org.apache.coyote.Request());
        request.setRemoteAddr(peer);
        request.setRemoteHost(peer);
        request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-For").setString(forwardedFor);
        valve.invoke(request, new Response());
        return seen.get();
    }
}
