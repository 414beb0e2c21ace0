package vn.motcua.measurement;

/**
 * How a step of a dossier ended, as the process-control sheet prints it (README: 'A dossier, end to end').
 * Whatever the outcome, the step is judged early, on time or late against its own deadline.
 */
public enum StepOutcome {
    /** Done and handed on to the next step. */
    DONE("Hoàn thành"),
    /** Sent back to the step before (head → specialist, leader → head), with a reason. */
    SENT_BACK("Trả lại"),
    /** The appraiser asked the citizen for a supplement through the desk. */
    SUPPLEMENT_REQUESTED("Yêu cầu bổ sung"),
    /** Ended without being done: the dossier was withdrawn, abandoned or its process moved on. */
    STOPPED("Dừng xử lý");

    private final String label;

    StepOutcome(String label) {
        this.label = label;
    }

    /** The outcome as a user reads it. */
    public String label() {
        return label;
    }
}
