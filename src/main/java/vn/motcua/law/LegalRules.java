package vn.motcua.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.motcua.law.Versions.Abandonment;
import vn.motcua.law.Versions.Apology;
import vn.motcua.law.Versions.Forms;
import vn.motcua.law.Versions.HandoverCutoff;
import vn.motcua.law.Versions.Supplement;

/**
 * The legal rules already in configuration, each a list of versions, oldest first, each with the day it takes
 * effect and its legal source ({@code app.rules}; README: 'Các văn bản pháp luật Motcua áp dụng / The law
 * Motcua follows'). A dossier follows the version in force on its receipt day; the first version also governs
 * the days before it (Motcua holds no older dossiers). Adding a change of the law is adding a version. A list
 * that is empty, unsorted or missing a value refuses to start, naming the entry.
 *
 * @param handoverCutoff the 15:00 rule
 * @param formSet        the official forms
 * @param apology        the apology (and from Circular 03/2025 the request to extend) before the due moment
 * @param supplement     the supplement requested after appraisal
 * @param abandonment    a supplement never brought in
 */
@ConfigurationProperties("app.rules")
public record LegalRules(List<HandoverCutoff> handoverCutoff, List<Forms> formSet, List<Apology> apology,
                         List<Supplement> supplement, List<Abandonment> abandonment) {

    public LegalRules {
        handoverCutoff = checked("handover-cutoff", handoverCutoff, v -> v.cutoff() == null ? "cutoff" : null);
        formSet = checked("form-set", formSet, v -> v.set() == null ? "set" : null);
        apology = checked("apology", apology, LegalRules::apologyProblem);
        supplement = checked("supplement", supplement, LegalRules::supplementProblem);
        abandonment = checked("abandonment", abandonment, v -> v.afterWorkingDays() == null ? "after-working-days"
                : v.afterWorkingDays().signum() <= 0 ? "after-working-days: phải lớn hơn 0" : null);
    }

    private static String apologyProblem(Apology v) {
        if (v.workingDaysBefore() == null) {
            return "working-days-before";
        }
        if (v.workingDaysBefore().signum() < 0) {
            return "working-days-before: không được âm";
        }
        if (v.times() == null) {
            return "times";
        }
        // the models open the apology task once, one warning period before the first due moment
        if (v.times() != 1) {
            return "times: Motcua chỉ hỗ trợ hẹn lại 1 lần (the models open the apology task once per dossier)";
        }
        return null;
    }

    private static String supplementProblem(Supplement v) {
        if (v.withinWorkingDays() == null) {
            return "within-working-days";
        }
        if (v.withinWorkingDays() <= 0) {
            return "within-working-days: phải lớn hơn 0";
        }
        return v.restart() == null ? "restart (FROM_ZERO)" : null;
    }

    /** The list validated: at least one version, every date given, oldest first, every value given. */
    private static <V extends RuleVersion> List<V> checked(String name, List<V> versions, Function<V, String> missing) {
        if (versions == null || versions.isEmpty()) {
            throw new IllegalArgumentException("app.rules." + name + ": cần ít nhất một phiên bản (the first version: "
                    + "effective-from, its values and source)");
        }
        List<V> list = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            V version = versions.get(i);
            String at = "app.rules." + name + "[" + i + "]";
            if (version == null || version.effectiveFrom() == null) {
                throw new IllegalArgumentException(at + ".effective-from: thiếu ngày có hiệu lực");
            }
            String problem = missing.apply(version);
            if (problem != null) {
                throw new IllegalArgumentException(at + "." + (problem.contains(":") ? problem : problem + ": thiếu giá trị"));
            }
            if (!list.isEmpty() && !version.effectiveFrom().isAfter(list.get(list.size() - 1).effectiveFrom())) {
                throw new IllegalArgumentException(at + ".effective-from " + version.effectiveFrom()
                        + " không sau phiên bản trước (" + list.get(list.size() - 1).effectiveFrom()
                        + "): liệt kê các phiên bản theo thứ tự ngày có hiệu lực tăng dần");
            }
            list.add(version);
        }
        return List.copyOf(list);
    }

    /** The version in force on the day: the last that took effect by then, else the first. */
    public static <V extends RuleVersion> V on(List<V> versions, LocalDate day) {
        V found = versions.get(0);
        for (V version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                found = version;
            }
        }
        return found;
    }

    public LocalTime handoverCutoffOn(LocalDate day) {
        return on(handoverCutoff, day).cutoff();
    }

    public FormSet formSetOn(LocalDate day) {
        return on(formSet, day).set();
    }

    public Apology apologyOn(LocalDate day) {
        return on(apology, day);
    }

    public Supplement supplementOn(LocalDate day) {
        return on(supplement, day);
    }

    public BigDecimal abandonAfterWorkingDaysOn(LocalDate day) {
        return on(abandonment, day).afterWorkingDays();
    }

    /** Every rule by its configuration name, its versions oldest first: what the rules API shows. */
    public java.util.Map<String, List<? extends RuleVersion>> all() {
        java.util.Map<String, List<? extends RuleVersion>> all = new java.util.LinkedHashMap<>();
        all.put("handover-cutoff", handoverCutoff);
        all.put("form-set", formSet);
        all.put("apology", apology);
        all.put("supplement", supplement);
        all.put("abandonment", abandonment);
        return all;
    }
}
