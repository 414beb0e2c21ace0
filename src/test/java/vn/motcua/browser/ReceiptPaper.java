package vn.motcua.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Base64;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** The printed receipt (form 01) the clerk hands over: fetched by the clerk's browser, read as paper. */
final class ReceiptPaper {

    private final byte[] pdf;

    private ReceiptPaper(byte[] pdf) {
        this.pdf = pdf;
    }

    /** Follows the task form's link to the PDF with the clerk's session, as clicking it does. */
    static ReceiptPaper fetch(Browser browser, String href) {
        Object base64 = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(r => r.ok ? r.arrayBuffer() : Promise.reject('HTTP ' + r.status))
                  .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })
                  .catch(e => done('error: ' + e));""", href);
        if (!(base64 instanceof String text) || text.startsWith("error: ")) {
            throw new AssertionError("the receipt " + href + " could not be opened: " + base64);
        }
        return new ReceiptPaper(Base64.getDecoder().decode(text));
    }

    String text() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** What a phone reads from the QR code on the printed page. */
    String qrCode() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)))).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on the receipt", e);
        }
    }
}
