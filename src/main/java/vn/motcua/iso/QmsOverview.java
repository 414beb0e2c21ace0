package vn.motcua.iso;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;

/**
 * What the ISO secretary and managers watch (DOMAIN.md §6: what inspections find hidden): documents to
 * revise or awaiting approval, procedures awaiting a legal-change review, this year's audit programme,
 * open nonconformities and corrective actions past their deadline.
 */
@Service
public class QmsOverview {

    /** The overview as the API answers it; {@code auditProgramme} is null until this year's has started. */
    public record Overview(int year, long openNonconformities, long openCorrectiveActions, long overdueCorrectiveActions,
                           long legalReviewsOpen, long legalReviewsOverdue, long documentsAwaitingApproval,
                           List<DocumentControl.Revision> documentsToRevise, InternalAudits.Programme auditProgramme,
                           long departmentsAudited, long departmentsPlanned) {
    }

    private final Nonconformities nonconformities;
    private final CorrectiveActions correctiveActions;
    private final LegalChanges legalChanges;
    private final DocumentControl documents;
    private final InternalAudits audits;
    private final Clock clock;

    QmsOverview(Nonconformities nonconformities, CorrectiveActions correctiveActions, LegalChanges legalChanges,
                DocumentControl documents, InternalAudits audits, Clock clock) {
        this.nonconformities = nonconformities;
        this.correctiveActions = correctiveActions;
        this.legalChanges = legalChanges;
        this.documents = documents;
        this.audits = audits;
        this.clock = clock;
    }

    public Overview now() {
        int year = LocalDate.now(clock.withZone(VietnamTime.ZONE)).getYear();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        List<CorrectiveActions.CorrectiveAction> actions = correctiveActions.open();
        List<LegalChanges.Review> reviews = legalChanges.openReviews();
        List<DocumentControl.Revision> revisions = documents.revisions();
        InternalAudits.Programme programme = audits.programmes().stream().filter(p -> p.year() == year).findFirst().orElse(null);
        return new Overview(year, nonconformities.countOpen(null), actions.size(),
                actions.stream().filter(CorrectiveActions.CorrectiveAction::overdue).count(),
                reviews.size(), reviews.stream().filter(r -> r.dueAt().isBefore(now)).count(),
                revisions.stream().filter(r -> "SUBMITTED".equals(r.status())).count(),
                revisions.stream().filter(r -> "REVISION_NEEDED".equals(r.status())).toList(), programme,
                programme == null ? 0 : programme.audits().stream().filter(a -> "AUDITED".equals(a.status())).count(),
                programme == null ? 0 : programme.audits().size());
    }
}
