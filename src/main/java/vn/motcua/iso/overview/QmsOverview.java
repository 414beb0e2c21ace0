package vn.motcua.iso.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.iso.audit.InternalAudits;
import vn.motcua.iso.documentcontrol.DocumentRevisions;
import vn.motcua.iso.legal.LegalChanges;
import vn.motcua.iso.nonconformity.CorrectiveActions;
import vn.motcua.iso.nonconformity.Nonconformities;
import vn.motcua.iso.review.ManagementReviews;
import vn.motcua.iso.risk.Risks;

/**
 * What the ISO secretary and managers watch (README: 'The quality management system'; what provincial
 * inspections find hidden): documents to
 * revise, awaiting approval or due for their periodic review, procedures awaiting a legal-change review,
 * this year's audit programme, open nonconformities and corrective actions past their deadline, the next
 * management review and its actions not yet done, and the risks and opportunities being followed.
 */
@Service
public class QmsOverview {

    /** The overview as the API answers it; {@code auditProgramme} is null until this year's has started. */
    public record Overview(int year, long openNonconformities, long openCorrectiveActions, long overdueCorrectiveActions,
                           long legalReviewsOpen, long legalReviewsOverdue, long documentsAwaitingApproval,
                           List<DocumentRevisions.Revision> documentsToRevise, List<DocumentRevisions.DueReview> documentReviewsDue,
                           InternalAudits.Programme auditProgramme, long departmentsAudited, long departmentsPlanned,
                           OffsetDateTime nextManagementReview, long openReviewActions, long overdueReviewActions,
                           long openRisks, long risksBeingTreated) {
    }

    /** How far ahead documents whose periodic review falls due are shown. */
    static final int DOCUMENT_REVIEW_HORIZON_DAYS = 30;

    private final Nonconformities nonconformities;
    private final CorrectiveActions correctiveActions;
    private final LegalChanges legalChanges;
    private final DocumentRevisions documents;
    private final InternalAudits audits;
    private final ManagementReviews managementReviews;
    private final Risks risks;
    private final Clock clock;

    QmsOverview(Nonconformities nonconformities, CorrectiveActions correctiveActions, LegalChanges legalChanges,
                DocumentRevisions documents, InternalAudits audits, ManagementReviews reviews, Risks risks, Clock clock) {
        this.managementReviews = reviews;
        this.risks = risks;
        this.nonconformities = nonconformities;
        this.correctiveActions = correctiveActions;
        this.legalChanges = legalChanges;
        this.documents = documents;
        this.audits = audits;
        this.clock = clock;
    }

    /**
     * The overview of the agencies' QMS (null: every agency's) and the installation's shared records; the legal
     * reviews, documents and management review actions are the installation's.
     */
    public Overview now(Collection<String> agencies) {
        int year = LocalDate.now(clock.withZone(VietnamTime.ZONE)).getYear();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        List<CorrectiveActions.CorrectiveAction> actions = correctiveActions.open(agencies);
        List<LegalChanges.Review> reviews = legalChanges.openReviews();
        List<DocumentRevisions.Revision> revisions = documents.revisions();
        // this year's programme: the agency's own for the view of one agency, else the installation's
        boolean oneAgency = agencies != null && agencies.size() == 1;
        InternalAudits.Programme programme = audits.programmes(agencies).stream().filter(p -> p.year() == year)
                .filter(p -> oneAgency || p.agencyCode() == null)
                .min(java.util.Comparator.comparing(p -> p.agencyCode() == null)).orElse(null);
        List<ManagementReviews.Action> reviewActions = managementReviews.openActions();
        List<Risks.Risk> register = risks.register(agencies).stream().filter(r -> !"CLOSED".equals(r.status())).toList();
        return new Overview(year, nonconformities.openOf(agencies).size(), actions.size(),
                actions.stream().filter(CorrectiveActions.CorrectiveAction::overdue).count(),
                reviews.size(), reviews.stream().filter(r -> r.dueAt().isBefore(now)).count(),
                revisions.stream().filter(r -> "SUBMITTED".equals(r.status())).count(),
                revisions.stream().filter(r -> "REVISION_NEEDED".equals(r.status())).toList(),
                documents.reviewsDueWithin(DOCUMENT_REVIEW_HORIZON_DAYS), programme,
                programme == null ? 0 : programme.audits().stream().filter(a -> "AUDITED".equals(a.status())).count(),
                programme == null ? 0 : programme.audits().size(), managementReviews.nextReview(), reviewActions.size(),
                reviewActions.stream().filter(ManagementReviews.Action::overdue).count(), register.size(),
                register.stream().filter(r -> "PLANNING".equals(r.status()) || "TREATING".equals(r.status())).count());
    }
}
