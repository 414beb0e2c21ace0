package vn.motcua.cases;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The grounds on which a dossier stops without a result, printed on form 05 of Circular 03/2025/TT-VPCP
 * (Thông báo dừng giải quyết hồ sơ), by how the dossier ended. The grounds are not yet read from a legal text
 * (README: 'Biểu mẫu in / Printed forms'): each is configuration with its legal source, and a ground whose
 * source is empty prints that none is known. The defaults are today's practice, without a source.
 *
 * @param grounds by outcome: {@code WITHDRAWN} (the applicant withdrew the dossier) and {@code ABANDONED} (the
 *                supplement asked for was not brought in time); one not configured keeps its default
 */
@ConfigurationProperties("app.forms.stop")
public record StopGrounds(Map<DossierOutcome, Ground> grounds) {

    /**
     * @param text   the ground as the notice prints it
     * @param source the legal text that names it (e.g. "Khoản 1 Điều ... Nghị định 118/2025/NĐ-CP"); empty when
     *               none is known
     */
    public record Ground(String text, String source) {

        public Ground {
            text = text == null ? "" : text.strip();
            source = source == null ? "" : source.strip();
        }

        /** The legal basis as printed: the source, or that none is known. */
        public String printedSource() {
            return source.isEmpty() ? "Chưa xác định văn bản quy định (căn cứ theo thực tiễn, do cơ quan cấu hình)"
                    : source;
        }
    }

    static final Map<DossierOutcome, Ground> DEFAULTS = Map.of(
            DossierOutcome.WITHDRAWN, new Ground("Tổ chức, cá nhân có văn bản đề nghị rút hồ sơ, dừng giải quyết hồ sơ", ""),
            DossierOutcome.ABANDONED, new Ground(
                    "Tổ chức, cá nhân không bổ sung, hoàn thiện hồ sơ trong thời hạn theo Phiếu yêu cầu bổ sung, "
                            + "hoàn thiện hồ sơ", ""));

    public StopGrounds {
        Map<DossierOutcome, Ground> all = new EnumMap<>(DossierOutcome.class);
        all.putAll(DEFAULTS);
        if (grounds != null) {
            grounds.forEach((outcome, ground) -> {
                if (!DEFAULTS.containsKey(outcome)) {
                    // a dossier ends without a result only so (README: 'Biểu mẫu in / Printed forms')
                    throw new IllegalArgumentException("app.forms.stop.grounds: " + outcome
                            + " is no way a dossier stops without a result; only " + DEFAULTS.keySet());
                }
                if (ground != null && !ground.text().isEmpty()) {
                    all.put(outcome, ground);
                } else if (ground != null) {
                    all.put(outcome, new Ground(DEFAULTS.get(outcome).text(), ground.source()));
                }
            });
        }
        grounds = Map.copyOf(all);
    }

    /** Whether a dossier that ended so stopped without a result: it has form 05. */
    public static boolean stopped(DossierOutcome outcome) {
        return outcome != null && DEFAULTS.containsKey(outcome);
    }

    public Ground of(DossierOutcome outcome) {
        return grounds.get(outcome);
    }
}
