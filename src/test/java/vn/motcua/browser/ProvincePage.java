package vn.motcua.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The province's side as its people use it: the Cockpit dashboard panel, and the page /province. */
final class ProvincePage {

    private static final By PANEL = By.cssSelector(".motcua-province");
    private static final By ROWS = By.cssSelector("[data-test='province-agencies'] tr.agency");

    private final Browser browser;

    private ProvincePage(Browser browser) {
        this.browser = browser;
    }

    /** Signs in to Cockpit by typing and pressing Enter; the dashboard is where the province's panel is. */
    static ProvincePage signInToCockpit(Browser browser, String user, String fullName) {
        LoginPage.cockpit(browser).signInWithEnter(user, fullName);
        return new ProvincePage(browser);
    }

    /** The dashboard's "Các cơ quan trong tỉnh" panel, once its rows have arrived. */
    String cockpitPanel() {
        browser.open("/camunda/app/cockpit/default/#/dashboard");
        browser.until("the province panel's rows", d -> browser.maybe(PANEL)
                .filter(p -> p.getText().contains("Điểm")).orElse(null));
        return browser.visible(PANEL).getText();
    }

    /** Follows the panel's link to the full page; done when its table has rows. */
    ProvincePage openFullPage() {
        cockpitPanel();
        browser.click(browser.withText(".motcua-province a", "Xem đầy đủ"));
        browser.until("the agencies' table", d -> browser.allVisible(ROWS).isEmpty() ? null : true);
        return this;
    }

    /** The agencies' names in the order the table shows them. */
    List<String> agencies() {
        return browser.allVisible(ROWS).stream().map(row -> row.findElement(By.cssSelector("td")).getText().split("\n")[0]).toList();
    }

    /** Sorts by the column headed so (a click toggles the direction). */
    ProvincePage sortBy(String heading) {
        browser.click(browser.withText("[data-test='province-agencies'] th", heading));
        return this;
    }

    /** Clicks an agency's row; its trend and evidence open below the table. */
    String detailOf(String agencyName) {
        WebElement row = browser.allVisible(ROWS).stream().filter(r -> r.getText().startsWith(agencyName)).findFirst().orElseThrow();
        browser.click(row);
        return browser.until("the agency's evidence", d -> browser.maybe(By.id("evidence"))
                .filter(e -> !e.getText().isBlank()).map(e -> browser.visible(By.id("detail")).getText()).orElse(null));
    }
}
