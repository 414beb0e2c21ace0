package vn.motcua.engine;

/** Start-up without any administrator: nobody could ever manage users or authorizations. */
class AdministratorMissingException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    AdministratorMissingException() {
        super("No administrator exists and none is configured.");
    }
}
