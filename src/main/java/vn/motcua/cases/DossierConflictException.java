package vn.motcua.cases;

/** The dossier is not in a state that allows the request (closed, not received, ...); answered 409. */
public class DossierConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DossierConflictException(String message) {
        super(message);
    }
}
