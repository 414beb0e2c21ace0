package vn.motcua.deployment;

import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * Which processes are controlled documents (ISO 9001:2015, 7.5): only the server's own deployments
 * ({@link TrustedDeployment}) may carry them. A bean of the module that knows them, e.g. {@code cases}
 * for administrative procedures.
 */
public interface ControlledModels {

    boolean isControlled(Process process);
}
