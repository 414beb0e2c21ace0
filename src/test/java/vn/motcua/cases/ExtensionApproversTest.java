package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.motcua.deadlines.DeadlineSettings;
import vn.motcua.deadlines.DossierDeadlines;
import vn.motcua.law.LegalRules;
import vn.motcua.law.ShippedRules;

/**
 * Who approves an extension asked for on form 04 of Circular 03/2025 (no legal text names them: README, 'The law
 * Motcua follows'): the group the dated rule configures for the agency, else the agency's leaders, else the heads of
 * the units holding the dossier; and whether a dossier needs the approval at all, by its receipt day.
 */
class ExtensionApproversTest {

    private final DossierRepository dossiers = mock(DossierRepository.class);
    private final DossierDeadlines deadlines = mock(DossierDeadlines.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);

    private DossierApologies apologies(LegalRules rules, Map<String, String> leaders) {
        return new DossierApologies(dossiers, null, null, null, null, Clock.systemUTC(), null, rules,
                new CasesSettings(leaders, null, null), deadlines,
                new DeadlineSettings(BigDecimal.ONE, "one-stop-desk-head"));
    }

    private void receivedOn(int year, int month, int day) {
        Dossier dossier = ReceiptFormTest.sampleDossier(OffsetDateTime.of(year, month, day, 9, 0, 0, 0, ZoneOffset.ofHours(7)),
                DossierStatus.IN_PROGRESS, null, null);
        when(dossiers.ofExecution(any())).thenReturn(dossier);
    }

    @Test
    void aDossierReceivedIn2026NeedsTheApprovalOneReceivedInMay2025DoesNot() {
        DossierApologies apologies = apologies(ShippedRules.RULES, Map.of());
        receivedOn(2026, 3, 5);
        assertThat(apologies.approvalRequired(execution)).isTrue();
        receivedOn(2025, 5, 8);
        assertThat(apologies.approvalRequired(execution)).isFalse();
    }

    @Test
    void theAgencysLeadersApproveByDefault() {
        receivedOn(2026, 3, 5);
        assertThat(apologies(ShippedRules.RULES, Map.of("000.00.12.H42", "sct-lanh-dao")).approvers(execution))
                .isEqualTo("sct-lanh-dao");
    }

    @Test
    void approversConfiguredInTheRuleForTheAgencyComeFirst() {
        receivedOn(2026, 3, 5);
        LegalRules rules = ShippedRules.bind(Map.ofEntries(
                Map.entry("app.rules.apology[0].effective-from", "2018-06-21"),
                Map.entry("app.rules.apology[0].working-days-before", "1"),
                Map.entry("app.rules.apology[0].times", "1"),
                Map.entry("app.rules.apology[0].approval", "false"),
                Map.entry("app.rules.apology[1].effective-from", "2025-09-15"),
                Map.entry("app.rules.apology[1].working-days-before", "1"),
                Map.entry("app.rules.apology[1].times", "1"),
                Map.entry("app.rules.apology[1].approval", "true"),
                Map.entry("app.rules.apology[1].approver-groups.[000.00.12.H42]", "sct-van-phong")));

        assertThat(apologies(rules, Map.of("000.00.12.H42", "sct-lanh-dao")).approvers(execution)).isEqualTo("sct-van-phong");
    }

    @Test
    void withoutLeadersConfiguredTheHeadsOfTheUnitsHoldingTheDossierApprove() {
        receivedOn(2026, 3, 5);
        when(deadlines.holdingUnits(any())).thenReturn("sct-quan-ly-thuong-mai,one-stop-clerk");

        assertThat(apologies(ShippedRules.RULES, Map.of()).approvers(execution))
                .isEqualTo("sct-quan-ly-thuong-mai-lanh-dao,one-stop-desk-head");
    }
}
