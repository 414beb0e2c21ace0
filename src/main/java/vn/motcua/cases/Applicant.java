package vn.motcua.cases;

/**
 * The applicant (tổ chức, công dân). Personal data: kept in the application's tables only, never in
 * engine variables, engine history or logs.
 */
public record Applicant(String name, String idNumber, String phone, String email, String address) {

    @Override
    public String toString() {
        return "Applicant[personal data withheld]";
    }
}
