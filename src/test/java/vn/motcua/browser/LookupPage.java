package vn.motcua.browser;

import java.net.URI;

import org.openqa.selenium.By;

/** The citizen's lookup page (tra-cuu.html), no login. */
final class LookupPage {

    private final Browser browser;

    private LookupPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens the link a phone reads from the receipt's QR code. The link names the server the application
     * was told it is reached at ({@code app.public.base-url}); its page and fragment are opened on the server
     * under test.
     */
    static LookupPage openFromReceiptLink(Browser browser, String link) {
        URI uri = URI.create(link);
        browser.newPerson();
        browser.open(uri.getRawPath() + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
        return new LookupPage(browser);
    }

    /** The row of the answer labelled {@code label} ("Tình trạng", "Mã hồ sơ", ...), once it is shown. */
    String row(String label) {
        return browser.until("the answer's row '" + label + "'", d -> d.findElements(By.cssSelector("#result dt")).stream()
                .filter(dt -> dt.getText().trim().equals(label)).findFirst()
                .map(dt -> dt.findElement(By.xpath("following-sibling::dd[1]")).getText().trim()).orElse(null));
    }

    /** The feedback form is offered to the token's holder once the dossier is closed. */
    boolean offersFeedback() {
        return browser.withText("#result", "Ông/bà đánh giá thế nào").isDisplayed();
    }
}
