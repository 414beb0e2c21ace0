package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.cases.ApplicantRules;
import vn.motcua.web.DossierController.ApplicantBody;
import vn.motcua.web.DossierController.DossierBody;
import vn.motcua.web.InvalidRequestException.FieldProblem;

/** The checks of request values, without a server: lengths from the columns, the e-mail check, dates. */
class RequestLimitsTest {

    private static DossierBody dossier(ApplicantBody applicant) {
        return new DossierBody("1.001234", "IN_PERSON", applicant, List.of(), null, null, null);
    }

    private static ApplicantBody applicant(String name, String email, String address) {
        return new ApplicantBody(name, "001203004005", "0912345678", email, address);
    }

    private static List<String> fields(Runnable request) {
        try {
            request.run();
        } catch (InvalidRequestException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
        return List.of();
    }

    @Test
    void aTooLongEmailAndAddressAreNamedBothInOneAnswer() {
        List<String> fields = fields(() -> DossierRequests.validate(dossier(
                applicant("Nguyễn Văn A", "a".repeat(240) + "@example.vn", "x".repeat(750)))));

        assertThat(fields).containsExactlyInAnyOrder("applicant.email", "applicant.address");
    }

    @Test
    void aNameOfExactlyTheColumnsWidthIsAccepted() {
        assertThat(fields(() -> DossierRequests.validate(dossier(applicant("Ấ".repeat(200), null, null))))).isEmpty();
        assertThat(fields(() -> DossierRequests.validate(dossier(applicant("Ấ".repeat(201), null, null)))))
                .containsExactly("applicant.name");
    }

    @Test
    void aLineBreakInANameIsRefusedButNotInAReason() {
        assertThat(fields(() -> DossierRequests.validate(dossier(applicant("Nguyễn\nVăn A", null, null)))))
                .containsExactly("applicant.name");
        DossierBody refused = new DossierBody("1.001234", "IN_PERSON", applicant("Nguyễn Văn A", null, null), List.of(),
                "INELIGIBLE", null, "Không đủ điều kiện:\n- thiếu giấy tờ");
        assertThat(fields(() -> DossierRequests.validate(refused))).isEmpty();
    }

    @Test
    void theEmailCheckIsLinearEvenWithoutTheLengthCap() {
        // the former pattern took 16 s of CPU on 40 000 characters of this shape
        String attack = "a@" + "a.".repeat(500_000) + " ";

        // generous for a loaded build machine: the former pattern needed hours for a million characters
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(ApplicantRules.hasEmailShape(attack)).isFalse();
            assertThat(ApplicantRules.isEmailAddress(attack)).isFalse();
            assertThat(fields(() -> DossierRequests.validate(dossier(applicant("Nguyễn Văn A", attack, null)))))
                    .containsExactly("applicant.email");
        });
    }

    @Test
    void theEmailCheckAcceptsWhatTheDeskTypes() {
        assertThat(ApplicantRules.isEmailAddress("lan.nguyen@sct.hanoi.gov.vn")).isTrue();
        assertThat(ApplicantRules.isEmailAddress("a@b.c.")).isTrue();
        assertThat(ApplicantRules.isEmailAddress("a@b.c")).isTrue();
        assertThat(ApplicantRules.isEmailAddress("a@.c")).isFalse();
        assertThat(ApplicantRules.isEmailAddress("a@bc.")).isFalse();
        assertThat(ApplicantRules.isEmailAddress("@b.c")).isFalse();
        assertThat(ApplicantRules.isEmailAddress("a@b@c.d")).isFalse();
        assertThat(ApplicantRules.isEmailAddress("a b@c.d")).isFalse();
        assertThat(ApplicantRules.isEmailAddress("a@" + "b".repeat(250) + ".vn")).isFalse();
    }

    @Test
    void datesOutside2000To2100AreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> RequestValues.date("to", "+999999999-12-31"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.problems()).containsExactly(
                                new FieldProblem("to", "phải trong khoảng từ 2000-01-01 đến 2100-12-31")));
        assertThatThrownBy(() -> RequestValues.moment("receivedAt", "9999-12-31T10:00"))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("receivedAt:");
        assertThatThrownBy(() -> RequestValues.moment("startAt", "1999-12-31T10:00:00Z"))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(RequestValues.date("from", "2100-12-31")).hasYear(2100);
    }

    @Test
    void aPeriodLongerThanFiveYearsIsRefusedOnItsEnd() {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        RequestValues.period(problems, "from", RequestValues.date("from", "2000-01-01"), "to",
                RequestValues.date("to", "2100-12-31"));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("to");
    }

    @Test
    void aWrongValueIsQuotedBackCutShort() {
        assertThatThrownBy(() -> RequestValues.date("from", "x".repeat(10_000)))
                .hasMessageContaining("(10000 characters)").message().hasSizeLessThan(200);
    }
}
