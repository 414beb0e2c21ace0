package vn.motcua.cases;

/** No deployed procedure has the national code asked for. */
public class UnknownProcedureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownProcedureException(String procedureCode) {
        super("Không có thủ tục mã " + procedureCode);
    }
}
