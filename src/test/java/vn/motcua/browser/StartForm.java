package vn.motcua.browser;

import java.util.List;

import org.openqa.selenium.By;

/** A procedure's start form in Tasklist's "Tiếp nhận hồ sơ" dialog, as the clerk fills it at the desk. */
final class StartForm {

    private static final By START = By.cssSelector(".modal button[ng-click='startProcessInstance()']");

    private final Browser browser;
    private final FormFields fields;

    StartForm(Browser browser) {
        this.browser = browser;
        this.fields = new FormFields(browser, ".modal");
        fields.field("Field_ApplicantName");
    }

    StartForm applicant(String name, String idNumber, String phone) {
        fields.type("Field_ApplicantName", name);
        fields.type("Field_ApplicantIdNumber", idNumber);
        fields.type("Field_ApplicantPhone", phone);
        return this;
    }

    /** Ticks the papers received, by their names as the form lists them. */
    StartForm papers(List<String> names) {
        names.forEach(name -> fields.choose("Field_Papers", name));
        return this;
    }

    /** "Hồ sơ đầy đủ": received, with a receipt and a promised return date. */
    StartForm complete() {
        fields.choose("Field_IntakeOutcome", "Hồ sơ đầy đủ");
        return this;
    }

    /** "Bắt đầu": the dossier is received; Tasklist says so. */
    void submit() {
        browser.visible(START).click();
        browser.until("the start dialog closed after 'Bắt đầu'", d -> browser.maybe(START).isEmpty());
        browser.withText(".notifications, [notifications-panel]", "Hồ sơ đã được tiếp nhận");
    }
}
