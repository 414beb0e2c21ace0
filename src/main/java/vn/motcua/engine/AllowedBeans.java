package vn.motcua.engine;

import java.util.Map;
import java.util.Set;

/**
 * The Spring beans an expression in a model may name, with the methods it may call on each: exactly
 * those the shipped models under processes/ use. Expressions run with the engine's power, so a model
 * that could name any bean could read the settings ({@code environment}) or the database
 * ({@code jdbcClient}). One list for both guards: the engine resolves only these names at run time
 * ({@link AllowListedBeans}) and the deployment rule refuses a model naming anything else.
 */
public final class AllowedBeans {

    private static final Map<String, Set<String>> METHODS = Map.ofEntries(
            Map.entry("agencyShares", Set.of("started", "ended", "overdue")),
            Map.entry("correctiveActions", Set.of("opened", "planned", "implemented", "verified", "reopened",
                    "effectivenessCheckAt", "closed")),
            Map.entry("documentControl", Set.of("decided", "returned", "needsRevision", "issue", "notifyUnits",
                    "withdrawPrevious", "periodicReviewAt")),
            Map.entry("dossierApologies", Set.of("record", "alreadyIssued", "named", "approvalRequired", "approvers",
                    "decided")),
            Map.entry("dossierDeadlines", Set.of("stepDueAt", "dossierDueAt", "dossierWarnAt",
                    "supplementWarnAt", "abandonAt", "holdingUnits")),
            Map.entry("dossierIntake", Set.of("receive", "requestSupplement", "refuse")),
            Map.entry("dossierMilestones", Set.of("withdrawn", "abandoned", "resultReady", "resultReturned")),
            Map.entry("dossierRegistration", Set.of("register")),
            Map.entry("dossierSendBacks", Set.of("reviewed", "signed")),
            Map.entry("dossierSupplements", Set.of("requested", "received")),
            Map.entry("dossierForwarding", Set.of("forwarded")),
            Map.entry("dossierUnits", Set.of("group", "receivingDesk", "decidingDesk", "returnDesk", "forwarded")),
            Map.entry("escalations", Set.of("dossierDueSoon", "dossierOverdue", "supplementLimitSoon")),
            Map.entry("inspections", Set.of("started", "planDecided", "compileEvidence", "inspected", "reported")),
            Map.entry("internalAudits", Set.of("programmeStarted", "departmentsOf", "planned", "auditorAssigned",
                    "audited", "describe", "evidence", "summarize", "reported")),
            Map.entry("legalChanges", Set.of("reviewed")),
            Map.entry("managementReviews", Set.of("started", "scheduled", "compile", "decided", "closed",
                    "actionStarted", "actionImplemented", "actionVerified", "actionClosed")),
            Map.entry("nonconformities", Set.of("decided", "closed")),
            Map.entry("qualityObjectives", Set.of("evaluateLastMonth")),
            Map.entry("records", Set.of("collect", "proposed", "approvalDecided", "disposed")),
            Map.entry("risks", Set.of("assessed", "planned", "implemented", "reviewed", "nextReviewAt", "closed")),
            Map.entry("yearlyQmsReports", Set.of("started", "prepared", "decided")));

    /**
     * The beans of the quality system's records (and the province's inspections): each acts on the record a process
     * variable names ({@code documentCode}, {@code riskCode}, {@code reviewCode}, …), which a model could set to
     * any record with an input parameter. Only the models shipped under processes/ may call them: a deployment from
     * anywhere else naming one is refused, and the engine resolves none of them in such a deployment's instances
     * ({@link AllowListedBeans}).
     */
    private static final Set<String> SHIPPED_ONLY = Set.of("correctiveActions", "documentControl", "inspections",
            "internalAudits", "legalChanges", "managementReviews", "nonconformities", "qualityObjectives", "records",
            "risks", "yearlyQmsReports");

    /** The deployment source of the models shipped under processes/, deployed by the server at start. */
    public static final String SHIPPED_SOURCE = "processes";

    private AllowedBeans() {
    }

    /** True if only the models shipped under processes/ may name the bean. */
    public static boolean shippedOnly(String bean) {
        return SHIPPED_ONLY.contains(bean);
    }

    /** The bean names an expression may resolve. */
    public static Set<String> names() {
        return METHODS.keySet();
    }

    /** True if a model may call {@code bean.method(...)}. */
    public static boolean allows(String bean, String method) {
        return METHODS.getOrDefault(bean, Set.of()).contains(method);
    }

    /** The methods a model may call on the bean, empty if it is not on the list. */
    public static Set<String> methods(String bean) {
        return METHODS.getOrDefault(bean, Set.of());
    }
}
