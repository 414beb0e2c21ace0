package vn.motcua.cases;

/**
 * The desks a dossier passes through (codes of {@code app.organisation}; null without an organisation): the one that
 * received it, the deciding agency's (where it is handed to the deciding unit), and the one where the citizen
 * collects the result. Received at another desk than the deciding agency's, the dossier is forwarded.
 */
public record DossierDesks(String receivingDesk, String decidingDesk, String returnDesk) {

    /** Whether the desk has to do with the dossier: received it, decides for it, or returns its result. */
    public boolean includes(String desk) {
        return desk != null && (desk.equals(receivingDesk) || desk.equals(decidingDesk) || desk.equals(returnDesk));
    }

    /** Received at a desk other than the deciding agency's: it is forwarded there. */
    public boolean forwarded() {
        return receivingDesk != null && decidingDesk != null && !receivingDesk.equals(decidingDesk);
    }
}
