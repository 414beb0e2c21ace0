package vn.motcua.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import vn.motcua.calendar.VietnamTime;

/**
 * The common look of the printed forms of Circular 01/2018/TT-VPCP: A5, the agency and the national
 * motto side by side, a title, the dossier code with its QR code, and two signature blocks. Fonts are
 * shipped and embedded (DejaVu Serif), so Vietnamese diacritics print on any machine. The QMS documents
 * (audit report, nonconformity report, management review minutes) use the same look on A4.
 */
public final class PrintedForm {

    private static final BaseFont REGULAR = font("fonts/DejaVuSerif.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSerif-Bold.ttf");
    private static final BaseFont ITALIC = font("fonts/DejaVuSerif-Italic.ttf");

    public static final Font TEXT = new Font(REGULAR, 8.5f);
    public static final Font TEXT_BOLD = new Font(BOLD, 8.5f);
    public static final Font TEXT_ITALIC = new Font(ITALIC, 7.5f);
    public static final Font HEADER = new Font(BOLD, 7.5f);
    public static final Font TITLE = new Font(BOLD, 10.5f);
    public static final Font TABLE_HEADER = new Font(BOLD, 7);
    public static final Font TABLE_TEXT = new Font(REGULAR, 7);

    private static final float[] HEADER_WIDTHS = {1, 1.25f};
    /** Where a place name is written by hand when none is configured. */
    public static final String PLACE_TO_WRITE = "…………";
    private static final float HEADER_SIZE = 7.5f;
    private static final float HEADER_MIN_SIZE = 6.5f;
    /** OpenPDF's default padding of a table cell, each side. */
    private static final float CELL_PADDING = 2;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;

    public PrintedForm(String title) {
        this(title, PageSize.A5);
    }

    /** A form on another page size: A5 landscape for wide tables, A4 landscape for the ledger. */
    public PrintedForm(String title, Rectangle pageSize) {
        document = new Document(pageSize, 32, 32, 24, 24);
        writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Motcua");
        document.open();
    }

    /** Agency on the left, the national motto on the right, then the date line. */
    public PrintedForm header(String agencyName, String unit, ZonedDateTime date) {
        return header(agencyName, unit, null, date);
    }

    /**
     * Agency and unit on the left, the national motto on the right, then the place and date line as the
     * official forms write it: "Hà Tĩnh, ngày 05 tháng 03 năm 2026" (Decree 30/2020/NĐ-CP, Annex I: the place
     * name before the date). A blank place keeps a dotted space for it, to be written by hand; null prints
     * the date alone; without a date (a ledger) there is no such line.
     * Each block's lines are kept whole: the font shrinks a little rather than leave one word on a line of its own.
     */
    public PrintedForm header(String agencyName, String unit, String place, ZonedDateTime date) {
        PdfPTable table = new PdfPTable(HEADER_WIDTHS);
        table.setWidthPercentage(100);
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        float total = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
        float left = total * HEADER_WIDTHS[0] / (HEADER_WIDTHS[0] + HEADER_WIDTHS[1]) - 2 * CELL_PADDING;
        float right = total * HEADER_WIDTHS[1] / (HEADER_WIDTHS[0] + HEADER_WIDTHS[1]) - 2 * CELL_PADDING;
        table.addCell(fitted(java.util.List.of(agencyName.toUpperCase(vi), unit.toUpperCase(vi)), BOLD, left));
        table.addCell(fitted(java.util.List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"), BOLD,
                right));
        if (date == null) {
            document.add(table);
            return this;
        }
        table.addCell(cell("", TEXT, Element.ALIGN_CENTER));
        ZonedDateTime local = date.withZoneSameInstant(VietnamTime.ZONE);
        String day = String.format("ngày %02d tháng %02d năm %d", local.getDayOfMonth(), local.getMonthValue(),
                local.getYear());
        table.addCell(cell((place == null ? "" : (place.isBlank() ? PLACE_TO_WRITE : place.strip()) + ", ") + day,
                TEXT_ITALIC, Element.ALIGN_CENTER));
        document.add(table);
        return this;
    }

    /**
     * The form's number above the header, at the right, as the official forms carry it ("Mẫu số 01").
     */
    public PrintedForm formNumber(String number) {
        Paragraph paragraph = new Paragraph(number, TEXT_BOLD);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        paragraph.setSpacingAfter(2);
        document.add(paragraph);
        return this;
    }

    /**
     * A header block whose lines each fit the cell on one line: the largest size from {@link #HEADER_SIZE} down to
     * {@link #HEADER_MIN_SIZE} at which every line fits; a line too long even then is cut into two balanced
     * halves at a space, never leaving a single word on the second line.
     */
    static PdfPCell fitted(java.util.List<String> lines, BaseFont font, float width) {
        float size = HEADER_SIZE;
        while (size > HEADER_MIN_SIZE && widest(lines, font, size) > width) {
            size -= 0.25f;
        }
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (String line : lines) {
            shown.addAll(font.getWidthPoint(line, size) > width ? balanced(line, font, size) : java.util.List.of(line));
        }
        return cell(String.join("\n", shown), new Font(font, size), Element.ALIGN_CENTER);
    }

    private static float widest(java.util.List<String> lines, BaseFont font, float size) {
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, font.getWidthPoint(line, size));
        }
        return widest;
    }

    /** The line cut at the space that makes its two halves most even. */
    static java.util.List<String> balanced(String line, BaseFont font, float size) {
        int best = -1;
        float bestWidth = Float.MAX_VALUE;
        for (int i = line.indexOf(' '); i > 0; i = line.indexOf(' ', i + 1)) {
            float width = Math.max(font.getWidthPoint(line.substring(0, i), size),
                    font.getWidthPoint(line.substring(i + 1), size));
            if (width < bestWidth) {
                bestWidth = width;
                best = i;
            }
        }
        return best < 0 ? java.util.List.of(line) : java.util.List.of(line.substring(0, best), line.substring(best + 1));
    }

    public PrintedForm title(String title) {
        Paragraph paragraph = new Paragraph(title, TITLE);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(6);
        paragraph.setSpacingAfter(2);
        document.add(paragraph);
        return this;
    }

    /** The dossier code in words and as a QR code the desk and the citizen can scan. */
    public PrintedForm dossierCode(String code) {
        return dossierCode(code, null, code);
    }

    /**
     * The dossier code and, if given, its secret lookup token in words, and a QR code holding
     * {@code qrContent} (the link that opens the dossier on the lookup page).
     */
    public PrintedForm dossierCode(String code, String lookupToken, String qrContent) {
        PdfPTable table = new PdfPTable(new float[] {4, 1});
        table.setWidthPercentage(100);
        Phrase phrase = new Phrase();
        phrase.add(new Chunk("Mã hồ sơ: ", TEXT));
        phrase.add(new Chunk(code, TEXT_BOLD));
        if (lookupToken != null) {
            phrase.add(new Chunk("\nMã tra cứu: ", TEXT));
            phrase.add(new Chunk(lookupToken, TEXT_BOLD));
            phrase.add(new Chunk("\n(giữ bí mật; quét mã QR hoặc nhập cùng mã hồ sơ tại trang tra cứu)", TEXT_ITALIC));
        }
        PdfPCell text = new PdfPCell(phrase);
        text.setBorder(Rectangle.NO_BORDER);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (lookupToken != null) {
            text.setLeading(0f, 1.3f);
        }
        table.addCell(text);
        // a link needs more modules than a bare code: a larger symbol keeps each module scannable
        PdfPCell qr = new PdfPCell(qrCode(qrContent, qrContent.length() > 40 ? 60 : 48), false);
        qr.setBorder(Rectangle.NO_BORDER);
        qr.setHorizontalAlignment(Element.ALIGN_RIGHT);
        if (lookupToken != null) {
            qr.setPaddingTop(6); // a quiet zone between the title and the symbol, for scanners
        }
        table.addCell(qr);
        document.add(table);
        return this;
    }

    public PrintedForm line(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(label, TEXT));
        paragraph.add(new Chunk(value == null || value.isBlank() ? "……………………" : value, TEXT_BOLD));
        paragraph.setLeading(11);
        document.add(paragraph);
        return this;
    }

    public PrintedForm text(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(11);
        document.add(paragraph);
        return this;
    }

    /** A numbered table, e.g. the papers received. */
    public PrintedForm numberedList(String heading, java.util.List<String> items) {
        PdfPTable table = new PdfPTable(new float[] {0.9f, 8});
        table.setWidthPercentage(100);
        table.setSpacingBefore(1);
        table.setSpacingAfter(2);
        table.addCell(boxed("STT", TEXT_BOLD));
        table.addCell(boxed(heading, TEXT_BOLD));
        int number = 1;
        for (String item : items) {
            table.addCell(boxed(String.valueOf(number++), TEXT));
            table.addCell(boxed(item, TEXT));
        }
        document.add(table);
        return this;
    }

    /** A table with a header row; widths are relative. */
    public PrintedForm table(float[] widths, java.util.List<String> headers, java.util.List<java.util.List<String>> rows) {
        return table(widths, headers, rows, 0);
    }

    /** As {@link #table(float[], java.util.List, java.util.List)}, each row at least that high (room to sign in). */
    public PrintedForm table(float[] widths, java.util.List<String> headers, java.util.List<java.util.List<String>> rows,
                             float minRowHeight) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        table.setHeaderRows(1);
        headers.forEach(header -> table.addCell(boxed(header, TABLE_HEADER)));
        for (java.util.List<String> row : rows) {
            row.forEach(value -> {
                PdfPCell cell = boxed(value == null ? "" : value, TABLE_TEXT);
                cell.setMinimumHeight(minRowHeight);
                table.addCell(cell);
            });
        }
        document.add(table);
        return this;
    }

    /** Two signature blocks: left and right, with the signer's name under the right one. */
    public PrintedForm signatures(String left, String right, String rightName) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setKeepTogether(true);
        table.addCell(signature(left, null));
        table.addCell(signature(right, rightName));
        document.add(table);
        return this;
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    public static String moment(java.time.OffsetDateTime moment) {
        return moment == null ? "" : moment(moment.toZonedDateTime());
    }

    public static String moment(ZonedDateTime moment) {
        ZonedDateTime local = moment.withZoneSameInstant(VietnamTime.ZONE);
        return String.format("%02d giờ %02d phút, ngày %02d/%02d/%d", local.getHour(), local.getMinute(),
                local.getDayOfMonth(), local.getMonthValue(), local.getYear());
    }

    private Image qrCode(String content, float size) {
        try {
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            hints.put(EncodeHintType.MARGIN, 0);
            hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
            float module = size / matrix.getWidth();
            PdfContentByte canvas = writer.getDirectContent();
            PdfTemplate template = canvas.createTemplate(size, size);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        template.rectangle(x * module, size - (y + 1) * module, module, module);
                    }
                }
            }
            template.fill();
            return Image.getInstance(template);
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + content, e);
        }
    }

    private static PdfPCell signature(String role, String name) {
        if (role.isBlank()) {
            return cell("", TEXT, Element.ALIGN_CENTER);
        }
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(role + "\n", TEXT_BOLD));
        phrase.add(new Chunk("(Ký và ghi rõ họ tên)", TEXT_ITALIC));
        phrase.add(new Chunk("\n\n\n\n" + (name == null ? "" : name), TEXT_BOLD));
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setLeading(0f, 1.3f);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static PdfPCell boxed(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(2);
        return cell;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PrintedForm.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
