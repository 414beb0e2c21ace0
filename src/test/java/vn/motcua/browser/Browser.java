package vn.motcua.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through its chromedriver (packages {@code chromium} and
 * {@code chromium-driver}; {@code -Dbrowser.binary=} and {@code -Dbrowser.driver=} point elsewhere). One
 * browser for a test class; a test that fails leaves a screenshot and the page's source under
 * target/browser-screenshots/, named after it.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path ARTIFACTS = Path.of("target", "browser-screenshots");

    private ChromeDriver driver;
    private String baseUrl;

    @Override
    public void beforeAll(ExtensionContext context) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=vi-VN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        keep(context.getRequiredTestMethod().getName());
    }

    /** The application under test, e.g. http://localhost:41234. */
    void at(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Another person at another desk: nothing of the previous user's session is left. */
    void newPerson() {
        open("/favicon.ico");
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
    }

    /** Waits for what a person would wait for; {@code what} says what never came when the wait fails. */
    <T> T until(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).withMessage(what)
                .until(condition);
    }

    WebElement visible(By by) {
        return until("something shown at " + by,
                d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    List<WebElement> allVisible(By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).toList();
    }

    /** The first visible element matched by {@code css} whose text contains {@code text}. */
    WebElement withText(String css, String text) {
        return until("'" + text + "' shown in " + css, d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null));
    }

    Optional<WebElement> maybe(By by) {
        return driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst();
    }

    /**
     * Clicks as a person does: the element scrolled to the middle of the window first, so that neither the
     * dossier card above a form nor the fixed footer below it is in the way.
     */
    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** A screenshot and the page's source, e.g. for a step that went wrong. */
    void keep(String name) {
        if (driver == null) {
            return;
        }
        try {
            Files.createDirectories(ARTIFACTS);
            Files.write(ARTIFACTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(ARTIFACTS.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not keep the browser's page for " + name + ": " + e);
        }
    }
}
