package vn.motcua.cases;

/**
 * The applicant (tổ chức, công dân). Personal data: kept in the application's tables only, never in
 * engine variables, engine history or logs.
 */
public record Applicant(String name, String idNumber, String phone, String email, String address) {

    /**
     * The applicant as shown to those whose work does not need the ID number (managers, auditors): its
     * first four and last two digits, the rest masked ({@code 0010******45}), enough to tell two
     * applicants apart on the telephone, not to use the number.
     */
    public Applicant withIdNumberMasked() {
        return new Applicant(name, mask(idNumber), phone, email, address);
    }

    static String mask(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        int shownBefore = idNumber.length() >= 10 ? 4 : 0;
        int shownAfter = Math.min(2, idNumber.length() / 3);
        return idNumber.substring(0, shownBefore) + "*".repeat(idNumber.length() - shownBefore - shownAfter)
                + idNumber.substring(idNumber.length() - shownAfter);
    }

    @Override
    public String toString() {
        return "Applicant[personal data withheld]";
    }
}
