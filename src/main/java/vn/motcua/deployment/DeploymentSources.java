package vn.motcua.deployment;

import vn.motcua.engine.AllowedBeans;

/**
 * The deployment sources through which procedure models, controlled documents, may reach the engine.
 * Reserved: only the server deploys under them ({@link TrustedDeployment}); a REST deployment claiming
 * one is refused.
 */
public final class DeploymentSources {

    /** The processes/ folder, deployed at start (what was reviewed and committed with the application). */
    public static final String PROCESSES = AllowedBeans.SHIPPED_SOURCE;
    /** A revision approved by document control (ISO 9001:2015, 7.5). */
    public static final String DOCUMENT_CONTROL = "document-control";

    private DeploymentSources() {
    }

    static boolean isReserved(String source) {
        return source != null && (PROCESSES.equalsIgnoreCase(source.trim())
                || DOCUMENT_CONTROL.equalsIgnoreCase(source.trim()));
    }
}
