package vn.motcua.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The sign-in form of Tasklist and Cockpit, used as a person does: click into the name, type it, type the
 * password and press Enter. The form is Camunda's, in both apps the same.
 */
final class LoginPage {

    static final String PASSWORD = "demo";

    private static final By USER = By.cssSelector("form[name=signinForm] input[type=text]");
    private static final By PASSWORD_FIELD = By.cssSelector("form[name=signinForm] input[type=password]");

    private final Browser browser;
    private final String app;

    private LoginPage(Browser browser, String app) {
        this.browser = browser;
        this.app = app;
    }

    static LoginPage tasklist(Browser browser) {
        return open(browser, "tasklist");
    }

    static LoginPage cockpit(Browser browser) {
        return open(browser, "cockpit");
    }

    private static LoginPage open(Browser browser, String app) {
        browser.newPerson();
        browser.open("/camunda/app/" + app + "/default/");
        browser.visible(USER);
        return new LoginPage(browser, app);
    }

    /** Signs in by typing and pressing Enter; done when the header names the user (their full name). */
    void signInWithEnter(String user, String fullName) {
        WebElement name = browser.visible(USER);
        name.click();
        name.sendKeys(user);
        browser.visible(PASSWORD_FIELD).sendKeys(PASSWORD, Keys.ENTER);
        browser.until("signed in to " + app + " as " + user + " by pressing Enter: the form gone, '" + fullName
                + "' in the header", d -> d.findElements(USER).stream().noneMatch(WebElement::isDisplayed)
                && browser.pageText().contains(fullName));
    }

    String app() {
        return app;
    }
}
