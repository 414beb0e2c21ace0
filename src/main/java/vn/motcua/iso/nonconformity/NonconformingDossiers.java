package vn.motcua.iso.nonconformity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.cases.DossierResolvedLate;

/**
 * A dossier resolved late is nonconforming output (ISO 9001:2015, 8.7), followed up by the unit that was
 * late. Listens synchronously, in the transaction that closes the dossier: the dossier is not closed
 * without its nonconformity and its {@code NonconformingOutputProcess} instance, nor they without it (a
 * failure here rolls the closing back).
 */
@Component
class NonconformingDossiers {

    private final Nonconformities nonconformities;

    NonconformingDossiers(Nonconformities nonconformities) {
        this.nonconformities = nonconformities;
    }

    @EventListener
    void resolvedLate(DossierResolvedLate dossier) {
        nonconformities.open(new Nonconformities.NewNonconformity("DOSSIER_LATE|" + dossier.dossierCode(),
                Nonconformities.Source.DOSSIER_LATE, dossier.agencyCode(), dossier.responsibleUnit(), dossier.dossierCode(),
                "Hồ sơ " + dossier.dossierCode() + " (" + dossier.procedureName() + ") giải quyết quá hạn: hẹn trả "
                        + VietnamTime.SHOWN.format(dossier.dueAt().atZoneSameInstant(VietnamTime.ZONE)) + ", có kết quả "
                        + VietnamTime.SHOWN.format(dossier.resultAt().atZoneSameInstant(VietnamTime.ZONE)), null));
    }
}
