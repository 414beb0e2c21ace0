package vn.motcua.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

    /** "Bắt đầu": the dossier is received; Tasklist shows its code, its receipt and the next task. */
    StartResult submit() {
        browser.click(browser.visible(START));
        browser.until("the start dialog closed after 'Bắt đầu'", d -> browser.maybe(START).isEmpty());
        return new StartResult(browser);
    }

    /** What Tasklist shows once the dossier is received: its code, its intake form (the receipt), its next task. */
    static final class StartResult {

        private static final String RESULT = "[data-test=start-result]";

        private final Browser browser;
        private final WebElement box;

        StartResult(Browser browser) {
            this.browser = browser;
            this.box = browser.visible(By.cssSelector(RESULT));
        }

        String dossierCode() {
            return browser.visible(By.cssSelector(RESULT + " [data-test=start-result-code]")).getText().trim();
        }

        String text() {
            return box.getText();
        }

        /** The link to the printed intake form ("In Giấy tiếp nhận hồ sơ và hẹn trả kết quả"). */
        String formLink() {
            return browser.visible(By.cssSelector(RESULT + " [data-test=start-result-form]")).getDomAttribute("href");
        }

        /** "Mở công việc: …": the clerk's next task of this dossier. */
        TaskForm openNextTask(String taskName) {
            WebElement link = browser.visible(By.cssSelector(RESULT + " [data-test=start-result-task]"));
            browser.click(link);
            return new TaskForm(browser, taskName);
        }
    }
}
