package vn.motcua.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.lowagie.text.PageSize;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.measurement.Timeliness;
import vn.motcua.organisation.Organisation;
import vn.motcua.print.PrintedForm;

/**
 * Sổ theo dõi hồ sơ (form 06 of Circular 01/2018/TT-VPCP, 07 of Circular 03/2025/TT-VPCP): one row per dossier of
 * the year with the official ledger's columns, under the agency's header and the form's number, as an A4 PDF
 * to print and file, and as a spreadsheet for the agency's own reports. The "Ký nhận" column is left for the
 * citizen's signature when the result is handed over.
 */
@Service
public class TrackingLedger {

    private final vn.motcua.law.LegalRules rules;

    static final String TITLE = "SỔ THEO DÕI HỒ SƠ";
    static final List<String> HEADERS = List.of("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)",
            "Tên tổ chức, cá nhân", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ",
            "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết", "Nhận kết quả từ cơ quan giải quyết",
            "Trả kết quả cho tổ chức, cá nhân", "Ký nhận", "Ghi chú");
    /** Relative widths, in points of the A4 landscape page's 778 between its margins. */
    private static final float[] WIDTHS = {20, 80, 90, 30, 62, 85, 62, 50, 50, 50, 50, 50, 40, 59};
    /** The row of the column headings in the spreadsheet, under the agency, the form's number and the title. */
    static final int HEADER_ROW = 4;

    /** The height of a printed row: room for the citizen's signature in "Ký nhận" (points, about 1 cm). */
    private static final float SIGNING_ROW_HEIGHT = 28;

    /** Rows a streaming spreadsheet keeps in memory before flushing them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    private final DossierRepository dossiers;
    private final ProcedureCatalog catalog;
    private final CasesSettings settings;
    private final Clock clock;

    private final AgencyNames agencyNames;
    private final Organisation organisation;

    TrackingLedger(DossierRepository dossiers, ProcedureCatalog catalog, CasesSettings settings, Clock clock,
                   vn.motcua.law.LegalRules rules, AgencyNames agencyNames, Organisation organisation) {
        this.organisation = organisation;
        this.rules = rules;
        this.agencyNames = agencyNames;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The ledger of the year as a PDF: of the agency (null: every agency), and of the desk (null: every desk; a
     * clerk's is their desk's, {@link DossierAccess#ledgerDesk}): the dossiers it received, decides for or returns.
     */
    public byte[] pdf(int year, String agencyCode, String desk) {
        List<List<String>> rows = new ArrayList<>();
        each(year, agencyCode, desk, rows::add);
        return new PrintedForm(TITLE + " " + year, PageSize.A4.rotate())
                .formNumber(OfficialForm.LEDGER.number(rules.formSetOn(formDay(year))))
                .header(keeper(agencyCode, desk), "Bộ phận tiếp nhận và trả kết quả", null, null)
                .title(TITLE + " NĂM " + year)
                .table(WIDTHS, HEADERS, rows, SIGNING_ROW_HEIGHT)
                .finish();
    }

    public byte[] xlsx(int year, String agencyCode, String desk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeXlsx(year, agencyCode, desk, out);
        return out.toByteArray();
    }

    /**
     * The spreadsheet written to the stream as the dossiers are read: a streaming workbook keeps a window
     * of rows in memory (the rest goes to a temporary file until written), so a busy agency's year costs
     * no more memory than a quiet one's. The first rows carry the agency, the form's number and the title,
     * as on paper; then the column headings, frozen.
     */
    public void writeXlsx(int year, String agencyCode, String desk, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet("Sổ theo dõi " + year);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle title = workbook.createCellStyle();
            title.cloneStyleFrom(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            int last = HEADERS.size() - 1;
            text(sheet.createRow(0), 0, keeper(agencyCode, desk).toUpperCase(java.util.Locale.forLanguageTag("vi")), bold);
            text(sheet.getRow(0), last, OfficialForm.LEDGER.number(rules.formSetOn(formDay(year))), bold);
            text(sheet.createRow(1), 0, "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", bold);
            text(sheet.createRow(2), 0, TITLE + " NĂM " + year, title);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));
            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < HEADERS.size(); i++) {
                text(header, i, HEADERS.get(i), bold);
            }
            for (int i = 0; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, Math.round(WIDTHS[i] / 3.5f * 256));
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            int[] next = {HEADER_ROW + 1};
            each(year, agencyCode, desk, values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                workbook.close();
            } catch (IOException e) {
                // the temporary files are gone with close(); nothing else to release
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The rows of the year, numbered, as the dossiers are read. */
    private void each(int year, String agencyCode, String desk, java.util.function.Consumer<List<String>> rows) {
        int[] number = {1};
        BiConsumer<Dossier, OffsetDateTime> row = (dossier, handedOverAt) -> rows.accept(row(number[0]++, dossier,
                handedOverAt));
        dossiers.eachLedgerRowOfYear(year, agencyCode, desk, organisation::deskOf, row);
    }

    /** Who keeps the ledger: the agency asked for, else the desk's own, else the desk that receives for all. */
    private String keeper(String agencyCode, String desk) {
        if (agencyCode != null) {
            return agencyNames.of(agencyCode);
        }
        return desk != null && !desk.equals(organisation.provinceDesk()) && organisation.unit(desk).isPresent()
                ? organisation.name(desk) : settings.deskName();
    }

    /** The day whose form set the ledger follows: today, or the last day of a year that is over. */
    private LocalDate formDay(int year) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        LocalDate end = LocalDate.of(year, 12, 31);
        return today.isAfter(end) ? end : today;
    }

    private List<String> row(int number, Dossier dossier, OffsetDateTime handedOverAt) {
        Applicant applicant = dossier.applicant();
        String contact = String.join(", ", java.util.stream.Stream.of(applicant.address(), applicant.phone())
                .filter(value -> value != null && !value.isBlank()).toList());
        // the result returned to the citizen: a result or a refusal after appraisal, handed over at the desk
        boolean returned = dossier.outcome() == DossierOutcome.RESOLVED || dossier.outcome() == DossierOutcome.REFUSED;
        return List.of(String.valueOf(number), dossier.code(), dossier.procedureName(), "01", applicant.name(), contact,
                agencyName(dossier), moment(dossier.receivedAt() != null ? dossier.receivedAt() : dossier.submittedAt()),
                moment(dossier.promisedAt()), moment(handedOverAt), moment(dossier.resultAt()),
                returned ? moment(dossier.closedAt()) : "", "", note(dossier));
    }

    /** A ledger's moments, short enough for its narrow columns: "09:00 05/03/2026". */
    static String moment(OffsetDateTime moment) {
        return moment == null ? "" : moment.atZoneSameInstant(VietnamTime.ZONE).format(VietnamTime.SHOWN);
    }

    private String agencyName(Dossier dossier) {
        return agencyNames.of(dossier);
    }

    /** The status, early/on time/late against the statutory due moment, and what else a reader must know. */
    private static String note(Dossier dossier) {
        List<String> notes = new ArrayList<>();
        notes.add(dossier.outcome() != null ? dossier.outcome().label() : dossier.status().label());
        Timeliness timeliness = dossier.resultAt() == null || dossier.dueAt() == null ? null
                : Timeliness.judge(dossier.resultAt().toZonedDateTime(), dossier.dueAt().toZonedDateTime());
        if (timeliness != null) {
            notes.add(timeliness.label());
        }
        if (dossier.channel() != Channel.IN_PERSON) {
            notes.add(dossier.channel().label());
        }
        if (dossier.supplementCount() > 0) {
            notes.add("Bổ sung " + dossier.supplementCount() + " lần");
        }
        if (dossier.newReturnAt() != null) {
            notes.add("Đã xin lỗi, hẹn lại; hạn ban đầu " + moment(dossier.dueAt()));
        }
        return String.join("; ", notes);
    }
}
