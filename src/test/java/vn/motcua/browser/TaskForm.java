package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An open task in Tasklist: its header (claim), its Camunda Form and the "Hoàn thành" button. Each step of
 * a procedure has its own form (processes/shared/forms); the methods named after a step fill that form.
 */
final class TaskForm {

    private static final String DETAILS = ".task-details";
    private static final By CLAIM = By.cssSelector(DETAILS + " button.claim");
    private static final By COMPLETE = By.cssSelector(DETAILS + " button[ng-click='complete()']");

    private final Browser browser;
    private final String name;
    private final FormFields fields;

    TaskForm(Browser browser, String name) {
        this.browser = browser;
        this.name = name;
        this.fields = new FormFields(browser, DETAILS);
        browser.withText(DETAILS + " h2, " + DETAILS + " .names", name);
        fields.field("Field_DossierCode");
    }

    /** The dossier code the form shows (read-only). */
    String dossierCode() {
        return fields.value("Field_DossierCode");
    }

    /** "Nhận việc": the task becomes the user's. */
    TaskForm claim() {
        browser.click(browser.visible(CLAIM));
        browser.until("'" + name + "' claimed ('Nhận việc' gone)", d -> browser.maybe(CLAIM).isEmpty());
        return this;
    }

    /** The link the form gives to a printed form (e.g. "In Giấy tiếp nhận hồ sơ và hẹn trả kết quả"). */
    String link(String text) {
        WebElement link = browser.withText(DETAILS + " a", text);
        return link.getDomAttribute("href");
    }

    /** The desk hands the dossier to the department: the receipt was given to the applicant. */
    TaskForm receiptHandedOver() {
        fields.tick("Field_ReceiptHandedToApplicant");
        return this;
    }

    /** The specialist's appraisal: the dossier qualifies, with their opinion. */
    TaskForm appraisedAsQualified(String opinion) {
        fields.choose("Field_AppraisalOutcome", "Đủ điều kiện giải quyết");
        fields.type("Field_AppraisalNote", opinion);
        return this;
    }

    /** The head of the department agrees with the draft and submits it for signature. */
    TaskForm reviewApproved(String opinion) {
        fields.choose("Field_ReviewDecision", "Đồng ý dự thảo");
        fields.type("Field_ReviewNote", opinion);
        return this;
    }

    /** The leader signs the result. */
    TaskForm signed(String opinion) {
        fields.choose("Field_SignDecision", "Ký duyệt kết quả");
        fields.type("Field_SignNote", opinion);
        return this;
    }

    /** The head sends the draft back to the specialist, or the leader to the head, with the reason. */
    TaskForm sentBack(String reason) {
        if (fields.has("Field_ReviewDecision")) {
            fields.choose("Field_ReviewDecision", "Trả lại");
        } else {
            fields.choose("Field_SignDecision", "Trả lại");
        }
        fields.type("Field_SendBackReason", reason);
        return this;
    }

    /** The dossier card above the form. */
    DossierCard card() {
        return new DossierCard(browser);
    }

    /** The desk hands the result over (at the desk: the form's default way). */
    TaskForm resultHandedOver() {
        assertThat(browser.withText(DETAILS + " .fjs-form-field", "Hình thức trả kết quả").getText())
                .as("the way the result is returned").contains("Tại Bộ phận Một cửa");
        fields.tick("Field_ResultHandedOver");
        return this;
    }

    /** "Hoàn thành": done when the task has left the view and Tasklist reports no error. */
    void complete() {
        browser.click(browser.visible(COMPLETE));
        browser.until("'" + name + "' completed ('Hoàn thành' gone)", d -> browser.maybe(COMPLETE).isEmpty());
        assertThat(browser.allVisible(By.cssSelector(".notifications .alert-danger")))
                .as("errors shown after completing '%s'", name).isEmpty();
    }

    FormFields fields() {
        return fields;
    }
}
