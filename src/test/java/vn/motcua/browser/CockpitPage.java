package vn.motcua.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Cockpit as a manager uses it: the dashboard with the overdue panel, a dossier's process instance. */
final class CockpitPage {

    /**
     * Everything in Cockpit's views that changes a case: the instance and definition toolbars (cancel,
     * retry, add a variable, suspend), a variable's edit and delete, a task's assignee and candidates, jobs'
     * and job definitions' suspension, retries and priority, deleting a deployment.
     */
    static final String EDIT_BUTTONS = String.join(", ", ".ctn-toolbar a.btn", "[ng-click^='enableEditMode']",
            "[ng-click^='deleteVariable']", "table.user-tasks .edit-toggle", "[ng-click^='changeGroupIdentityLinks']",
            "[ng-click^='changeUserIdentityLinks']", "[ng-click^='toggleSuspension']",
            "[ng-click^='openSuspensionStateDialog']", "[ng-click='openDialog(jobDefinition)']",
            "[ng-click^='openJobRetryDialog']", "[ng-click^='deleteDeployment']");

    private static final By OVERDUE_PANEL = By.cssSelector(".motcua-overdue");
    private static final By VARIABLE_ROWS = By.cssSelector("[cam-widget-variables-table] tbody tr");

    private final Browser browser;

    private CockpitPage(Browser browser) {
        this.browser = browser;
    }

    static CockpitPage signIn(Browser browser, String user, String fullName) {
        LoginPage.cockpit(browser).signInWithEnter(user, fullName);
        return new CockpitPage(browser);
    }

    /** The dashboard's "Hồ sơ quá hạn / sắp đến hạn" panel, once its figures have arrived. */
    String overduePanel() {
        browser.open("/camunda/app/cockpit/default/#/dashboard");
        browser.until("the overdue panel's figures", d -> browser.maybe(OVERDUE_PANEL)
                .filter(p -> p.getText().contains("Tỷ lệ đúng hạn tháng")).orElse(null));
        return browser.visible(OVERDUE_PANEL).getText();
    }

    /** Follows the panel's link of a dossier to its process instance; done when its variables are listed. */
    CockpitPage openDossierFromOverduePanel(String dossierCode) {
        overduePanel();
        browser.withText(".motcua-overdue a", dossierCode).click();
        browser.until("the variables of " + dossierCode + "'s process instance",
                d -> browser.allVisible(VARIABLE_ROWS).size() > 1 ? true : null);
        browser.withText("[cam-widget-variables-table] tbody", "dossierCode");
        return this;
    }

    /** The information column of the instance view (labels and values). */
    String instanceInformation() {
        return browser.visible(By.cssSelector(".ctn-sidebar, [cam-process-instance-runtime] .ctn-column-left, dl"))
                .getText();
    }

    /** The visible controls that would change the case, each described by its tooltip or text. */
    List<String> editButtons() {
        return browser.allVisible(By.cssSelector(EDIT_BUTTONS)).stream().map(CockpitPage::describe).toList();
    }

    /** The same, for a user who may use them: they are shown once Cockpit knows what the user may do. */
    List<String> awaitEditButtons() {
        return browser.until("buttons to change the case", d -> editButtons().isEmpty() ? null : editButtons());
    }

    /** The header of the variables' column of buttons as shown (Camunda writes "Actions"; a style replaces it). */
    String variablesActionsHeader() {
        WebElement header = browser.visible(By.cssSelector("[cam-widget-variables-table] thead .actions"));
        String shown = (String) browser.script("return getComputedStyle(arguments[0], '::after').content", header);
        return shown.replaceAll("^\"|\"$", "");
    }

    String text() {
        return browser.pageText();
    }

    private static String describe(WebElement element) {
        for (String attribute : List.of("uib-tooltip", "title")) {
            String tooltip = element.getDomAttribute(attribute);
            if (tooltip != null && !tooltip.isBlank()) {
                return tooltip.trim();
            }
        }
        String text = element.getText().trim();
        return text.isEmpty() ? element.getDomAttribute("ng-click") : text;
    }
}
