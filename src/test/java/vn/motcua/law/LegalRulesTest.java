package vn.motcua.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.law.Versions.Abandonment;
import vn.motcua.law.Versions.Apology;
import vn.motcua.law.Versions.Forms;
import vn.motcua.law.Versions.HandoverCutoff;
import vn.motcua.law.Versions.Restart;
import vn.motcua.law.Versions.Supplement;

/**
 * The dated legal rules as shipped (README: 'Các văn bản pháp luật Motcua áp dụng / The law Motcua follows'): a
 * dossier follows the version in force on its receipt day, every version says its source or that none is known,
 * and a wrong configuration refuses to start naming the entry.
 */
class LegalRulesTest {

    private static final LegalRules SHIPPED = ShippedRules.RULES;

    @Test
    void aDossierReceivedInJune2025FollowsDecree61AndThe2018FormsOneReceivedIn2026Decree118AndThe2025Forms() {
        LocalDate june2025 = LocalDate.of(2025, 6, 10);
        LocalDate march2026 = LocalDate.of(2026, 3, 5);

        assertThat(SHIPPED.formSetOn(june2025)).isEqualTo(FormSet.CIRCULAR_01_2018);
        assertThat(SHIPPED.formSetOn(LocalDate.of(2025, 9, 14))).isEqualTo(FormSet.CIRCULAR_01_2018);
        assertThat(SHIPPED.formSetOn(LocalDate.of(2025, 9, 15))).isEqualTo(FormSet.CIRCULAR_03_2025);
        assertThat(SHIPPED.formSetOn(march2026)).isEqualTo(FormSet.CIRCULAR_03_2025);
        assertThat(LegalRules.on(SHIPPED.handoverCutoff(), june2025).source()).startsWith("Nghị định 61/2018/NĐ-CP");
        assertThat(LegalRules.on(SHIPPED.handoverCutoff(), march2026).source()).isEqualTo("Nghị định 118/2025/NĐ-CP, khoản 2 Điều 18");
        assertThat(SHIPPED.handoverCutoffOn(june2025)).isEqualTo(LocalTime.of(15, 0));
        assertThat(SHIPPED.handoverCutoffOn(march2026)).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void theExtensionNeedsApprovalFromCircular03Of2025AndWhatNoLegalTextSaysIsShownAsSuch() {
        Apology before = SHIPPED.apologyOn(LocalDate.of(2025, 5, 20));
        Apology after = SHIPPED.apologyOn(LocalDate.of(2026, 3, 5));

        assertThat(before.approval()).isFalse();
        assertThat(before.source()).startsWith("Nghị định 61/2018/NĐ-CP");
        assertThat(after.approval()).isTrue();
        // Decree 61's "at least 1 day before, only once" kept as the default, never presented as the law in force
        assertThat(after.workingDaysBefore()).isEqualByComparingTo("1");
        assertThat(after.times()).isOne();
        assertThat(after.source()).isEmpty();
        assertThat(after.shownSource()).isEqualTo("Chưa xác định căn cứ");
        assertThat(SHIPPED.abandonAfterWorkingDaysOn(LocalDate.of(2026, 3, 5))).isEqualByComparingTo("30");
        assertThat(LegalRules.on(SHIPPED.abandonment(), LocalDate.of(2026, 3, 5)).shownSource()).isEqualTo("Chưa xác định căn cứ");
        assertThat(SHIPPED.supplementOn(LocalDate.of(2026, 3, 5)).withinWorkingDays()).isEqualTo(3);
    }

    @Test
    void aDayBeforeTheFirstVersionFollowsTheFirst() {
        assertThat(SHIPPED.formSetOn(LocalDate.of(2018, 1, 1))).isEqualTo(FormSet.CIRCULAR_01_2018);
    }

    @Test
    void aFutureVersionAddedInConfigurationGovernsDossiersReceivedFromItsDayOnly() {
        LegalRules amended = ShippedRules.bind(Map.of(
                "app.rules.abandonment[0].effective-from", "2018-06-21",
                "app.rules.abandonment[0].after-working-days", "30",
                "app.rules.abandonment[1].effective-from", "2027-01-01",
                "app.rules.abandonment[1].after-working-days", "20",
                "app.rules.abandonment[1].source", "Nghị định .../2026/NĐ-CP (giả định trong kiểm thử)"));

        // a list given replaces the shipped one (Spring binds a list from one source): the first version repeated
        assertThat(amended.abandonment()).hasSize(2);
        assertThat(amended.abandonAfterWorkingDaysOn(LocalDate.of(2026, 12, 31))).isEqualByComparingTo("30");
        assertThat(amended.abandonAfterWorkingDaysOn(LocalDate.of(2027, 1, 1))).isEqualByComparingTo("20");
    }

    @Test
    void aRuleWithoutVersionsUnsortedDatesOrAMissingValueRefusesToStartNamingTheEntry() {
        List<HandoverCutoff> cutoff = List.of(new HandoverCutoff(LocalDate.of(2018, 6, 21), LocalTime.of(15, 0), ""));
        List<Forms> forms = List.of(new Forms(LocalDate.of(2019, 1, 8), FormSet.CIRCULAR_01_2018, ""));
        List<Apology> apology = List.of(new Apology(LocalDate.of(2018, 6, 21), BigDecimal.ONE, 1, false, null, ""));
        List<Supplement> supplement = List.of(new Supplement(LocalDate.of(2018, 6, 21), 3, Restart.FROM_ZERO, ""));
        List<Abandonment> abandonment = List.of(new Abandonment(LocalDate.of(2018, 6, 21), BigDecimal.TEN, ""));
        assertThat(new LegalRules(cutoff, forms, apology, supplement, abandonment).formSetOn(LocalDate.of(2026, 1, 1)))
                .isEqualTo(FormSet.CIRCULAR_01_2018);

        assertThatThrownBy(() -> new LegalRules(cutoff, List.of(), apology, supplement, abandonment))
                .hasMessageContaining("app.rules.form-set").hasMessageContaining("ít nhất một phiên bản");
        assertThatThrownBy(() -> new LegalRules(cutoff, List.of(forms.get(0),
                new Forms(LocalDate.of(2019, 1, 8), FormSet.CIRCULAR_03_2025, "")), apology, supplement, abandonment))
                .hasMessageContaining("app.rules.form-set[1].effective-from 2019-01-08").hasMessageContaining("tăng dần");
        assertThatThrownBy(() -> new LegalRules(List.of(new HandoverCutoff(null, LocalTime.NOON, "")), forms, apology,
                supplement, abandonment)).hasMessageContaining("app.rules.handover-cutoff[0].effective-from");
        assertThatThrownBy(() -> new LegalRules(List.of(new HandoverCutoff(LocalDate.of(2018, 6, 21), null, "")), forms,
                apology, supplement, abandonment)).hasMessageContaining("app.rules.handover-cutoff[0].cutoff: thiếu giá trị");
        assertThatThrownBy(() -> new LegalRules(cutoff, forms, List.of(new Apology(LocalDate.of(2018, 6, 21),
                BigDecimal.ONE, 2, false, null, "")), supplement, abandonment))
                .hasMessageContaining("app.rules.apology[0].times");
        assertThatThrownBy(() -> new LegalRules(cutoff, forms, apology, supplement, List.of(new Abandonment(
                LocalDate.of(2018, 6, 21), BigDecimal.ZERO, "")))).hasMessageContaining("app.rules.abandonment[0].after-working-days");
    }
}
