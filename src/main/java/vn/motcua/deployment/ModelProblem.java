package vn.motcua.deployment;

/**
 * One broken model rule.
 *
 * @param elementId the BPMN element that breaks it, or null for the whole file
 * @param rule      the id of the rule, e.g. {@code history-time-to-live}
 * @param message   what is wrong and how to fix it, for the modeller
 */
public record ModelProblem(String elementId, String rule, String message) {

    @Override
    public String toString() {
        return (elementId != null ? elementId : "(file)") + " [" + rule + "]: " + message;
    }
}
