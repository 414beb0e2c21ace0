package vn.motcua.files;

/**
 * A file request refused, with its HTTP status (400, 403, 404, 409, 413, 415) and what the user reads, in
 * Vietnamese; nothing was stored.
 */
public class FileRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    public FileRefusedException(int status, String field, String detail) {
        super(detail);
        this.status = status;
        this.field = field;
    }

    public FileRefusedException(int status, String detail) {
        this(status, null, detail);
    }

    public int status() {
        return status;
    }

    /** The request field at fault, if one is. */
    public String field() {
        return field;
    }
}
