package vn.motcua.law;

/** A set of the official forms of the one-stop mechanism, as its legal text is cited. */
public enum FormSet {
    /** Six forms: 01 receipt … 04 apology, 05 control sheet, 06 ledger. */
    CIRCULAR_01_2018("Thông tư 01/2018/TT-VPCP"),
    /** Seven forms (Annex I): 04 apology and request to extend, 05 stop notice (new), 06 control sheet, 07 ledger. */
    CIRCULAR_03_2025("Thông tư 03/2025/TT-VPCP");

    private final String citation;

    FormSet(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }
}
