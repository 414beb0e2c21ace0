package vn.motcua.engine;

/** Start-up without any administrator: nobody could ever manage users or authorizations. */
class AdministratorMissingException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** Whether users come from the LDAP directory, where Motcua creates no administrator. */
    private final boolean directory;

    AdministratorMissingException() {
        super("No administrator exists and none is configured.");
        this.directory = false;
    }

    AdministratorMissingException(String message) {
        super(message);
        this.directory = true;
    }

    boolean directory() {
        return directory;
    }
}
