package vn.motcua.iso;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * How long the engine keeps a process's history (its history time to live), from the retention rules
 * of records control (ISO 9001:2015, 7.5.3; {@link RecordType}, {@code app.qms.retention-years}): the
 * history of a dossier lives as long as the dossier record must, that of a nonconformity as long as the
 * nonconformity record, and so on. A year counts 366 days, so the history never goes before the record's
 * retention has ended. The history goes once the time has passed; Motcua's own records (motcua_*) stay
 * until a records review decides what becomes of them.
 */
@Component
public class HistoryRetention {

    static final int DAYS_PER_YEAR = 366;

    /** The QMS processes whose records records control keeps, by process key. */
    private static final Map<String, RecordType> RECORDS = Map.of(
            "DossierIntakeProcess", RecordType.DOSSIER,
            "ResultReturnProcess", RecordType.DOSSIER,
            "NonconformingOutputProcess", RecordType.NONCONFORMITY,
            "CorrectiveActionProcess", RecordType.NONCONFORMITY,
            "InternalAuditProcess", RecordType.INTERNAL_AUDIT,
            "DepartmentAuditProcess", RecordType.INTERNAL_AUDIT,
            "ManagementReviewProcess", RecordType.MANAGEMENT_REVIEW,
            "ManagementReviewActionProcess", RecordType.MANAGEMENT_REVIEW,
            "RiskProcess", RecordType.RISK);
    /**
     * QMS processes with no record type of their own (issuing a procedure, reviewing it after a change of
     * law, the monthly objectives, records reviews, the yearly report and the province's inspection): kept as
     * long as the longest-kept QMS record, so an audit can follow them as far back as any record they led to.
     */
    private static final Set<String> OTHER_QMS = Set.of("DocumentControlProcess", "LegalChangeReviewProcess",
            "QualityObjectivesProcess", "RecordsRetentionProcess", "YearlyQmsReportProcess", "ProvinceInspectionProcess");

    private final QmsSettings settings;

    HistoryRetention(QmsSettings settings) {
        this.settings = settings;
    }

    /**
     * The history time to live, in days, of a process records control knows: every administrative
     * procedure, the dossier's shared blocks and the QMS processes. Empty for any other process, which
     * keeps the time to live its model sets.
     */
    public OptionalInt timeToLiveDays(String processKey, boolean procedure) {
        if (procedure) {
            return OptionalInt.of(days(RecordType.DOSSIER));
        }
        RecordType type = RECORDS.get(processKey);
        if (type != null) {
            return OptionalInt.of(days(type));
        }
        if (OTHER_QMS.contains(processKey)) {
            return Arrays.stream(RecordType.values()).filter(t -> t != RecordType.DOSSIER).mapToInt(this::days).max();
        }
        return OptionalInt.empty();
    }

    private int days(RecordType type) {
        return settings.retentionYears(type) * DAYS_PER_YEAR;
    }
}
