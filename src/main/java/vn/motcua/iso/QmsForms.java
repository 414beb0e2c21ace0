package vn.motcua.iso;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import vn.motcua.calendar.VietnamTime;

/**
 * What every printed QMS record has in common (A4, the look of the one-stop shop's forms): the issuing
 * unit's line, and days, blanks, rates and numbers written the Vietnamese way.
 */
public final class QmsForms {

    /** The unit line of every QMS record's header. */
    public static final String UNIT = "Hệ thống quản lý chất lượng";

    private QmsForms() {
    }

    /** dd/MM/yyyy; empty for null. */
    public static String day(LocalDate day) {
        return day == null ? "" : VietnamTime.DAY.format(day);
    }

    /** A dotted line to fill in by hand where nothing was written. */
    public static String blank(String text) {
        return text == null || text.isBlank() ? "……………………" : text;
    }

    /** "97,5 %" of 0.975; a dash for null. */
    public static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',') + " %";
    }

    /** "0,7" of 0.70; a dash for null. */
    public static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
