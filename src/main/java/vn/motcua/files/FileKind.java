package vn.motcua.files;

import java.util.Set;

/**
 * What a file of a dossier is, and at which steps it is attached: the steps are named by their task form
 * (shared by every procedure's model under {@code processes/shared/forms/}), never by a value the caller sends.
 */
public enum FileKind {

    /** A scanned paper received from the applicant, with the procedure's code of that paper: at the desk. */
    PAPER("Giấy tờ trong hồ sơ", Set.of("CheckDossierForm", "ForwardDossierForm", "HandOverDossierForm", "ReceiveSupplementForm")),
    /**
     * The specialist's work: the draft result at the appraisal, or what a department's own step produces
     * (an inspection's minutes, the drafted paper) at a step with the generic step form.
     */
    DRAFT("Dự thảo kết quả", Set.of("AppraiseDossierForm", "StepForm")),
    /** The signed result, at the leader's signature. */
    SIGNED("Kết quả đã ký", Set.of("SignResultForm")),
    /** The result file the desk returns to the applicant. */
    RESULT("Kết quả trả cho tổ chức, công dân", Set.of("ReturnResultForm"));

    private final String label;
    private final Set<String> forms;

    FileKind(String label, Set<String> forms) {
        this.label = label;
        this.forms = forms;
    }

    public String label() {
        return label;
    }

    /** Whether a file of this kind is attached at a step with this task form. */
    boolean attachedAt(String formKey) {
        return formKey != null && forms.contains(formKey);
    }

    /** The kind attached at a step with this task form, or null when that step attaches none. */
    public static FileKind attachedAtForm(String formKey) {
        for (FileKind kind : values()) {
            if (kind.attachedAt(formKey)) {
                return kind;
            }
        }
        return null;
    }

    /** The kind named, or null for a name that is none. */
    static FileKind named(String name) {
        for (FileKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
