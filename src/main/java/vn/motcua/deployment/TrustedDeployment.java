package vn.motcua.deployment;

import java.util.function.Supplier;

/**
 * Which deployments the server itself makes: the processes/ folder at start and revisions issued by
 * document control. A fact of the thread making the deploy call, never of the request: Camunda's REST API
 * lets any caller set a deployment's {@code source} (so {@code deployment-source=processes} proves
 * nothing). The engine runs its deployers in the calling thread, so {@link ValidatingDeployer} sees it.
 */
public final class TrustedDeployment {

    private static final ThreadLocal<String> SOURCE = new ThreadLocal<>();

    private TrustedDeployment() {
    }

    /** Runs the deploy call as a deployment from the given server source ({@link DeploymentSources}). */
    public static <T> T as(String source, Supplier<T> deploy) {
        if (!DeploymentSources.isReserved(source)) {
            throw new IllegalArgumentException("not a server deployment source: " + source);
        }
        String outer = SOURCE.get();
        SOURCE.set(source);
        try {
            return deploy.get();
        } finally {
            if (outer == null) {
                SOURCE.remove();
            } else {
                SOURCE.set(outer);
            }
        }
    }

    /** The server source the current deploy call runs as, or null for any other caller (REST, Java API). */
    static String current() {
        return SOURCE.get();
    }
}
