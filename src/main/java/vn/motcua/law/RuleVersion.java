package vn.motcua.law;

import java.time.LocalDate;
import java.util.Map;

/**
 * One version of a legal rule: the day it takes effect, the legal text it comes from (empty when no legal text
 * was found: the value is today's practice, shown as such) and its values.
 */
public interface RuleVersion {

    /** What an empty source is shown as. */
    String NO_SOURCE = "Chưa xác định căn cứ";

    LocalDate effectiveFrom();

    String source();

    /** The values as the rules API shows them, by their configuration names. */
    Map<String, Object> values();

    /** The source as shown: the legal text, or that none is known. */
    default String shownSource() {
        return source() == null || source().isBlank() ? NO_SOURCE : source();
    }
}
