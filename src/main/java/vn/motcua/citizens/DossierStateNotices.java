package vn.motcua.citizens;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierService;
import vn.motcua.cases.DossierStateChanged;

/**
 * Which changes of a dossier's state the applicant is told of, and as which notice. Listens synchronously,
 * in the transaction of the change: the message is queued with the change or not at all, and
 * {@link CitizenNotifier} sends it once that transaction commits (its after-commit synchronization, what a
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT)} would do, kept in one place for every caller).
 * <p>
 * The round of each key is read from the dossier, so the same change told twice has the same key: the
 * receipt is round 0 and the new receipt after the n-th supplement round n; a supplement request at intake
 * round 0, the n-th after appraisal round n; the apology, the stop and the result happen once per dossier.
 */
@Component
class DossierStateNotices {

    /** Decree 118/2025/NĐ-CP: the statutory time runs again from a complete supplement (as Decree 61/2018 Art. 19(4)). */
    static final String AFTER_SUPPLEMENT = "Đã nhận đủ hồ sơ bổ sung; thời hạn giải quyết được tính lại từ thời điểm tiếp nhận này.";
    static final String ABANDONED = "Ông/bà không bổ sung, hoàn thiện hồ sơ trong thời hạn đã yêu cầu.";
    static final String WITHDRAWN = "Ông/bà đã đề nghị rút hồ sơ.";
    static final String REFUSED = "Kết quả là văn bản trả lời từ chối giải quyết hồ sơ, có nêu rõ lý do.";

    private final CitizenNotifier notifier;
    private final DossierService dossiers;

    DossierStateNotices(CitizenNotifier notifier, DossierService dossiers) {
        this.notifier = notifier;
        this.dossiers = dossiers;
    }

    @EventListener
    void changed(DossierStateChanged change) {
        moment(change).ifPresent(notifier::tell);
    }

    Optional<CitizenNotifier.Moment> moment(DossierStateChanged change) {
        String code = change.dossierCode();
        OffsetDateTime at = change.occurredAt().atZone(VietnamTime.ZONE).toOffsetDateTime();
        return switch (change.state()) {
            case RECEIVED -> Optional.of(new CitizenNotifier.Moment(code, CitizenNotice.RECEIVED, 0, at,
                    change.promisedAt(), null, null));
            case SUPPLEMENT_RECEIVED -> Optional.of(new CitizenNotifier.Moment(code, CitizenNotice.RECEIVED,
                    supplements(code), at, change.promisedAt(), null, AFTER_SUPPLEMENT));
            case SUPPLEMENT_REQUESTED -> Optional.of(new CitizenNotifier.Moment(code, CitizenNotice.SUPPLEMENT_REQUESTED,
                    supplements(code), at, null, null, change.detail()));
            // one apology per dossier (DossierApologies); were the rule in force to allow more, the round would count them
            case APOLOGY_ISSUED -> Optional.of(new CitizenNotifier.Moment(code, CitizenNotice.APOLOGY, 1, at,
                    change.promisedAt(), change.originalDueAt(), change.detail()));
            case RESULT_READY -> Optional.of(new CitizenNotifier.Moment(code, CitizenNotice.RESULT_READY, 0, at,
                    change.promisedAt(), null, null));
            // a refusal signed after appraisal waits at the desk as the result does; one at intake is handed
            // over there (form 03), the dossier never received (no due moment)
            case REFUSED -> change.originalDueAt() == null ? Optional.empty()
                    : Optional.of(new CitizenNotifier.Moment(code, CitizenNotice.RESULT_READY, 0, at, change.promisedAt(),
                    null, REFUSED));
            case STOPPED -> Optional.of(new CitizenNotifier.Moment(code, CitizenNotice.STOPPED, 0, at, null, null,
                    ABANDONED));
            case WITHDRAWN -> Optional.of(new CitizenNotifier.Moment(code, CitizenNotice.STOPPED, 0, at, null, null,
                    change.detail() == null || change.detail().isBlank() ? WITHDRAWN
                            : "Ông/bà đã đề nghị rút hồ sơ (" + change.detail().strip() + ")."));
            default -> Optional.empty();
        };
    }

    private int supplements(String code) {
        return dossiers.find(code).map(Dossier::supplementCount).orElse(0);
    }
}
