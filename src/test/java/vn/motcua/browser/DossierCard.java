package vn.motcua.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dossier card above a procedure task's form (Tasklist's scripts/motcua/card.js, whose elements carry
 * {@code data-test} names): the dossier's facts, papers and files, the steps so far, the diagram.
 */
final class DossierCard {

    private static final String CARD = "[data-test=dossier-card]";

    private final Browser browser;

    DossierCard(Browser browser) {
        this.browser = browser;
        browser.visible(By.cssSelector(CARD));
    }

    String applicant() {
        return text("card-applicant");
    }

    String dossierCode() {
        return text("card-dossier-code");
    }

    /** The papers received, as the card names them. */
    List<String> papers() {
        return browser.allVisible(By.cssSelector(CARD + " [data-test=card-paper]")).stream().map(WebElement::getText)
                .toList();
    }

    /** The files listed on the card (scanned papers, draft, signed result, returned result). */
    List<String> files() {
        return browser.allVisible(By.cssSelector(CARD + " [data-test=card-file]")).stream().map(WebElement::getText)
                .toList();
    }

    /** The process-control sheet on the card: every earlier step with who, when, its timeliness and opinion. */
    String steps() {
        return text("card-steps");
    }

    /** The diagram of the process with the current step, drawn by Camunda's viewer. */
    boolean showsTheDiagram() {
        return browser.visible(By.cssSelector(CARD + " [data-test=card-diagram] svg")).isDisplayed();
    }

    /**
     * Attaches a file with the card's upload form (the kind is the step's: a scanned paper at the desk, the
     * draft at the appraisal, the signed result at the signature, the returned result at the desk); for a
     * scanned paper, {@code paperName} picks the paper.
     */
    DossierCard attach(Path file, String paperName) {
        if (paperName != null) {
            new Select(browser.visible(By.cssSelector(CARD + " [data-test=card-upload-paper]")))
                    .selectByVisibleText(paperName);
        }
        browser.driver().findElement(By.cssSelector(CARD + " [data-test=card-upload-input]"))
                .sendKeys(file.toAbsolutePath().toString());
        int before = files().size();
        browser.click(browser.visible(By.cssSelector(CARD + " [data-test=card-upload-submit]")));
        browser.until("'" + file.getFileName() + "' listed on the card after upload",
                d -> files().size() > before ? true : null);
        return this;
    }

    /** A small real PDF (the server checks a file's type by its content) under target/browser-walk/. */
    static Path samplePdf(String name, String text) throws IOException {
        Path file = Path.of("target", "browser-walk", name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(text));
            document.close();
        } catch (com.lowagie.text.DocumentException e) {
            throw new IOException(e);
        }
        return file;
    }

    private String text(String test) {
        return browser.visible(By.cssSelector(CARD + " [data-test=" + test + "]")).getText();
    }
}
