package vn.motcua.deployment;

/** The deployment sources through which procedure models, controlled documents, may reach the engine. */
public final class DeploymentSources {

    /** The processes/ folder, deployed at start (what was reviewed and committed with the application). */
    public static final String PROCESSES = "processes";
    /** A revision approved by document control (ISO 9001:2015, 7.5). */
    public static final String DOCUMENT_CONTROL = "document-control";

    private DeploymentSources() {
    }
}
