package vn.motcua.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The fields of a Camunda Form (form-js) inside a container, found by the component id the form file gives
 * them ({@code Field_ApplicantName}): form-js renders it as the input's id, after a prefix of its own.
 */
final class FormFields {

    private final Browser browser;
    private final String container;

    FormFields(Browser browser, String container) {
        this.browser = browser;
        this.container = container;
    }

    WebElement field(String componentId) {
        return browser.visible(By.cssSelector(container + " [id$='-" + componentId + "']"));
    }

    boolean has(String componentId) {
        return browser.maybe(By.cssSelector(container + " [id$='-" + componentId + "']")).isPresent()
                || browser.maybe(By.cssSelector(container + " [id$='-" + componentId + "-0']")).isPresent();
    }

    void type(String componentId, String text) {
        WebElement input = field(componentId);
        browser.click(input);
        input.sendKeys(text);
    }

    void tick(String componentId) {
        WebElement box = field(componentId);
        if (!box.isSelected()) {
            browser.click(box);
        }
    }

    /** A checkbox of a list (papers) or an option of a radio group, by the text of its label. */
    void choose(String componentId, String labelText) {
        browser.click(browser.withText(container + " label[for*='-" + componentId + "-']", labelText));
    }

    String value(String componentId) {
        return field(componentId).getDomProperty("value");
    }
}
