package vn.motcua.cases;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dossier declared complete at intake while required papers are missing (Decree 61/2018/NĐ-CP Art. 18(1),
 * kept by Decree 118/2025/NĐ-CP: a dossier is received only when complete; otherwise the desk asks for
 * everything missing at once, form 02). Nothing is created.
 */
public class IncompleteDossierException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Procedure.Paper> missing;

    public IncompleteDossierException(List<Procedure.Paper> missing) {
        super(message(missing));
        this.missing = List.copyOf(missing);
    }

    /** The required papers that were not received, in the procedure's order. */
    public List<Procedure.Paper> missing() {
        return missing;
    }

    /** What the clerk reads, in Tasklist and from the API alike. */
    static String message(List<Procedure.Paper> missing) {
        return "Hồ sơ chưa đủ thành phần bắt buộc nên chưa thể tiếp nhận là hồ sơ đầy đủ. Còn thiếu: "
                + missing.stream().map(Procedure.Paper::name).collect(Collectors.joining("; "))
                + ". Đánh dấu các giấy tờ đã nhận, hoặc chọn \"Hồ sơ chưa đầy đủ\" và ghi các giấy tờ cần bổ sung.";
    }
}
