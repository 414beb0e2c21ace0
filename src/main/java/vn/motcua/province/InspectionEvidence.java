package vn.motcua.province;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.motcua.cases.Procedure;
import vn.motcua.cases.ProcedureCatalog;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.iso.QmsForms;
import vn.motcua.iso.audit.InternalAudits;
import vn.motcua.iso.legal.LegalChanges;
import vn.motcua.iso.nonconformity.CorrectiveActions;
import vn.motcua.iso.nonconformity.Nonconformities;
import vn.motcua.iso.objectives.QualityObjectives;
import vn.motcua.iso.review.ManagementReviews;
import vn.motcua.measurement.OnTimeReport;
import vn.motcua.measurement.ReportRow;
import vn.motcua.organisation.Organisation;

/**
 * The evidence pack of one agency for the inspection: for each {@link InspectionCheck}, what the engine's records
 * show over the twelve months before the inspection, and whether that meets the check (null where no rule says what
 * is enough: the on-time rate, which the inspector judges). The on-time figures are the report API's for the same
 * period and agency.
 */
@Component
class InspectionEvidence {

    /** One check's evidence. */
    record Evidence(InspectionCheck check, String text, Boolean met) {
    }

    private final QmsRegister register;
    private final ProcedureCatalog catalog;
    private final LegalChanges legalChanges;
    private final InternalAudits audits;
    private final ManagementReviews reviews;
    private final QualityObjectives objectives;
    private final Nonconformities nonconformities;
    private final CorrectiveActions correctiveActions;
    private final OnTimeReport onTime;
    private final Organisation organisation;

    InspectionEvidence(QmsRegister register, ProcedureCatalog catalog, LegalChanges legalChanges, InternalAudits audits,
                       ManagementReviews reviews, QualityObjectives objectives, Nonconformities nonconformities,
                       CorrectiveActions correctiveActions, OnTimeReport onTime, Organisation organisation) {
        this.organisation = organisation;
        this.register = register;
        this.catalog = catalog;
        this.legalChanges = legalChanges;
        this.audits = audits;
        this.reviews = reviews;
        this.objectives = objectives;
        this.nonconformities = nonconformities;
        this.correctiveActions = correctiveActions;
        this.onTime = onTime;
    }

    /** One agency's evidence pack over [from, to]. */
    Map<InspectionCheck, Evidence> compile(String agencyCode, LocalDate from, LocalDate to) {
        return records(from, to).pack(agencyCode);
    }

    /**
     * The records of every agency over [from, to], read once: the province view evaluates a hundred agencies from
     * one read, not a hundred.
     */
    Records records(LocalDate from, LocalDate to) {
        Map<String, QmsRegister.Entry> entries = register.entries(to).stream()
                .collect(Collectors.toMap(QmsRegister.Entry::agencyCode, e -> e, (a, b) -> a));
        Map<String, List<Procedure>> procedures = catalog.all().stream().filter(p -> p.agencyCode() != null)
                .collect(Collectors.groupingBy(Procedure::agencyCode));
        List<LegalChanges.Followed> followed = legalChanges.reviewsOfChangesRegistered(
                from.minusMonths(6).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
        List<InternalAudits.Programme> programmes = audits.programmes(null);
        List<ManagementReviews.Review> held = reviews.reviews(null);
        List<QualityObjectives.Result> results = new java.util.ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            results.addAll(objectives.results(year));
        }
        return new Records(from, to, entries, procedures, followed, programmes, held, results, nonconformities.open(),
                correctiveActions.open(), organisation.isEmpty());
    }

    /** What {@link #records} read; {@link #pack} evaluates one agency from it. */
    final class Records {

        private final LocalDate from;
        private final LocalDate to;
        private final Map<String, QmsRegister.Entry> entries;
        private final Map<String, List<Procedure>> procedures;
        private final List<LegalChanges.Followed> followed;
        private final List<InternalAudits.Programme> programmes;
        private final List<ManagementReviews.Review> held;
        private final boolean sharedCount;
        private final List<QualityObjectives.Result> results;
        private final List<Nonconformities.Nonconformity> openNonconformities;
        private final List<CorrectiveActions.CorrectiveAction> openActions;

        Records(LocalDate from, LocalDate to, Map<String, QmsRegister.Entry> entries, Map<String, List<Procedure>> procedures,
                List<LegalChanges.Followed> followed, List<InternalAudits.Programme> programmes, List<ManagementReviews.Review> held,
                List<QualityObjectives.Result> results, List<Nonconformities.Nonconformity> openNonconformities,
                List<CorrectiveActions.CorrectiveAction> openActions, boolean sharedCount) {
            this.from = from;
            this.to = to;
            this.entries = entries;
            this.procedures = procedures;
            this.followed = followed;
            this.programmes = programmes;
            this.held = held;
            this.sharedCount = sharedCount;
            this.results = results;
            this.openNonconformities = openNonconformities;
            this.openActions = openActions;
        }

        /** The agencies the register knows. */
        java.util.Set<String> registered() {
            return entries.keySet();
        }

        QmsRegister.Entry entry(String agencyCode) {
            return entries.get(agencyCode);
        }

        Map<InspectionCheck, Evidence> pack(String agencyCode) {
            Map<InspectionCheck, Evidence> pack = health(agencyCode);
            put(pack, onTime(agencyCode, from, to));
            return pack;
        }

        /** The pack without the on-time figures, which the province view reads for every agency at once. */
        Map<InspectionCheck, Evidence> health(String agencyCode) {
            Map<InspectionCheck, Evidence> pack = new EnumMap<>(InspectionCheck.class);
            QmsRegister.Entry entry = entries.get(agencyCode);
            List<Procedure> own = procedures.getOrDefault(agencyCode, List.of());
            put(pack, announced(entry, own, to));
            put(pack, legalChanges(own, followed, from, to));
            // an agency's own audits and reviews; the installation's shared ones only where there are no agencies
            put(pack, internalAudit(programmes.stream().filter(p -> owns(agencyCode, p.agencyCode())).toList(), from, to));
            put(pack, managementReview(held.stream().filter(r -> owns(agencyCode, r.agencyCode())).toList(), from, to));
            put(pack, objectives(agencyCode, results, from, to));
            put(pack, correctiveActions(agencyCode, openNonconformities, openActions));
            put(pack, staff(entry));
            return pack;
        }

        private boolean owns(String agencyCode, String recordAgency) {
            return recordAgency == null ? sharedCount : recordAgency.equals(agencyCode);
        }
    }

    private static void put(Map<InspectionCheck, Evidence> pack, Evidence evidence) {
        pack.put(evidence.check(), evidence);
    }

    private static Evidence announced(QmsRegister.Entry entry, List<Procedure> procedures, LocalDate to) {
        String models = procedures.size() + " quy trình giải quyết thủ tục hành chính của cơ quan đang áp dụng trên hệ thống";
        if (entry == null) {
            return new Evidence(InspectionCheck.ANNOUNCED, "Cơ quan chưa có trong danh sách áp dụng ISO; " + models + ".", false);
        }
        boolean announced = entry.announcedOn() != null && !entry.announcedOn().isAfter(to);
        return new Evidence(InspectionCheck.ANNOUNCED, (announced ? "Công bố ngày " + QmsForms.day(entry.announcedOn())
                + (entry.announcementRef() == null ? "" : " (" + entry.announcementRef() + ")") : "Chưa công bố")
                + "; phạm vi: " + entry.scope() + "; " + models + ".", announced);
    }

    private static Evidence legalChanges(List<Procedure> procedures, List<LegalChanges.Followed> all, LocalDate from, LocalDate to) {
        Set<String> codes = procedures.stream().map(Procedure::code).collect(Collectors.toSet());
        List<LegalChanges.Followed> followed = all.stream()
                .filter(f -> codes.contains(f.procedureCode()))
                .filter(f -> !f.dueAt().toLocalDate().isBefore(from) || f.reviewedAt() == null).toList();
        LocalDate end = to.plusDays(1);
        long onTime = followed.stream().filter(LegalChanges.Followed::onTime).count();
        long late = followed.stream().filter(f -> f.reviewedAt() != null && !f.onTime()).count();
        long overdue = followed.stream().filter(f -> f.reviewedAt() == null && f.dueAt().toLocalDate().isBefore(end)).count();
        String text = followed.isEmpty() ? "Không có văn bản pháp luật thay đổi liên quan đến thủ tục của cơ quan trong kỳ."
                : followed.size() + " lượt rà soát quy trình: đúng hạn " + onTime + ", trễ hạn " + late + ", quá hạn chưa rà soát "
                + overdue + ".";
        return new Evidence(InspectionCheck.LEGAL_CHANGES, text, late == 0 && overdue == 0);
    }

    private static Evidence internalAudit(List<InternalAudits.Programme> programmes, LocalDate from, LocalDate to) {
        List<String> done = programmes.stream()
                .filter(p -> p.year() >= from.getYear() && p.year() <= to.getYear())
                .filter(p -> p.audits().stream().anyMatch(a -> "AUDITED".equals(a.status())))
                .map(p -> p.code() + " (" + p.audits().stream().filter(a -> "AUDITED".equals(a.status())).count() + " / "
                        + p.audits().size() + " phòng)").toList();
        return new Evidence(InspectionCheck.INTERNAL_AUDIT, done.isEmpty() ? "Không có cuộc đánh giá nội bộ nào được thực hiện trong kỳ."
                : "Chương trình đánh giá nội bộ: " + String.join("; ", done) + ".", !done.isEmpty());
    }

    private static Evidence managementReview(List<ManagementReviews.Review> reviews, LocalDate from, LocalDate to) {
        List<String> held = reviews.stream()
                .filter(r -> r.meetingDate() != null && !r.meetingDate().isBefore(from) && !r.meetingDate().isAfter(to))
                .map(r -> r.code() + " họp ngày " + QmsForms.day(r.meetingDate())).toList();
        return new Evidence(InspectionCheck.MANAGEMENT_REVIEW, held.isEmpty() ? "Không họp xem xét của lãnh đạo trong kỳ."
                : "Đã họp xem xét của lãnh đạo: " + String.join("; ", held) + ".", !held.isEmpty());
    }

    private static Evidence objectives(String agencyCode, List<QualityObjectives.Result> results, LocalDate from, LocalDate to) {
        long evaluated = 0;
        long missed = 0;
        for (QualityObjectives.Result result : results) {
            LocalDate month = LocalDate.parse(result.month() + "-01");
            if (agencyCode.equals(result.agencyCode()) && !month.isBefore(from.withDayOfMonth(1)) && !month.isAfter(to)
                    && result.met() != null) {
                evaluated++;
                missed += result.met() ? 0 : 1;
            }
        }
        return new Evidence(InspectionCheck.OBJECTIVES, evaluated == 0 ? "Không có kết quả đánh giá mục tiêu chất lượng nào trong kỳ."
                : evaluated + " lượt đánh giá mục tiêu chất lượng theo tháng, không đạt " + missed + ".", evaluated > 0);
    }

    private static Evidence correctiveActions(String agencyCode, List<Nonconformities.Nonconformity> openNonconformities,
                                              List<CorrectiveActions.CorrectiveAction> openActions) {
        long open = openNonconformities.stream().filter(n -> agencyCode.equals(n.agencyCode())).count();
        List<CorrectiveActions.CorrectiveAction> actions = openActions.stream()
                .filter(a -> agencyCode.equals(a.agencyCode())).toList();
        long overdue = actions.stream().filter(CorrectiveActions.CorrectiveAction::overdue).count();
        return new Evidence(InspectionCheck.CORRECTIVE_ACTIONS, "Điểm không phù hợp đang xử lý: " + open + "; hành động khắc phục đang "
                + "thực hiện: " + actions.size() + ", quá hạn: " + overdue + ".", overdue == 0);
    }

    /** The report API's totals for the period and agency. */
    private Evidence onTime(String agencyCode, LocalDate from, LocalDate to) {
        List<ReportRow> rows = onTime.report(from, to, agencyCode, null, null, null);
        if (rows.isEmpty()) {
            return new Evidence(InspectionCheck.ON_TIME, "Không có hồ sơ trong kỳ.", null);
        }
        ReportRow row = rows.get(0);
        long resolved = row.resolvedEarly() + row.resolvedOnTime() + row.resolvedLate();
        BigDecimal rate = row.onTimeRate();
        return new Evidence(InspectionCheck.ON_TIME, "Tiếp nhận " + row.receivedCarriedOver() + " + " + row.receivedNew()
                + ", đã giải quyết " + resolved + " (trước hạn " + row.resolvedEarly() + ", đúng hạn " + row.resolvedOnTime()
                + ", quá hạn " + row.resolvedLate() + "), tỷ lệ đúng hạn " + QmsForms.percent(rate) + ".", null);
    }

    private static Evidence staff(QmsRegister.Entry entry) {
        if (entry == null) {
            return new Evidence(InspectionCheck.STAFF_TRAINED, "Không có thông tin cán bộ làm công tác ISO.", false);
        }
        List<QmsRegister.Finding> findings = entry.findings().stream()
                .filter(f -> !QmsRegister.FindingKind.NOT_ANNOUNCED.name().equals(f.kind())).toList();
        long active = entry.staff().stream().filter(QmsRegister.Staff::active).count();
        long trained = entry.staff().stream().filter(s -> s.active() && s.trained()).count();
        return new Evidence(InspectionCheck.STAFF_TRAINED, active + " cán bộ làm công tác ISO, " + trained + " đã được đào tạo"
                + (findings.isEmpty() ? "." : "; " + findings.stream().map(QmsRegister.Finding::text).collect(Collectors.joining("; "))
                + "."), findings.isEmpty());
    }
}
