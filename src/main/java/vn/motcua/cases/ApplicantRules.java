package vn.motcua.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an applicant's data must look like before it is stored, whichever way the dossier comes in
 * (Motcua's API, Tasklist's start form, or a procedure started through Camunda's REST API): each field no
 * wider than its column of motcua_dossier (V2__dossiers.sql), names and numbers on one line, the ID and
 * phone numbers and the e-mail address in their shape. A value the database would refuse must be refused
 * here, naming the field: otherwise the database error carries the value into the answer and the log.
 */
public final class ApplicantRules {

    public static final int NAME = 200;
    public static final int ID_NUMBER = 32;
    public static final int PHONE = 32;
    /** The column holds 200; RFC 5321 allows 254, so the column is the tighter limit. */
    public static final int EMAIL = 200;
    public static final int ADDRESS = 500;

    /** Citizen identity card (12 digits), old identity card (9 digits) or passport. */
    private static final Pattern ID_NUMBER_SHAPE = Pattern.compile("[0-9]{12}|[0-9]{9}|[A-Z][0-9]{7,8}");
    private static final Pattern PHONE_SHAPE = Pattern.compile("(\\+84|0)[0-9]{9,10}");

    private ApplicantRules() {
    }

    /**
     * The problems of the applicant's fields, by field name ({@code name}, {@code idNumber}, {@code phone},
     * {@code email}, {@code address}), never quoting a value; empty when the applicant may be stored.
     * Lengths are checked first, so the patterns only ever see a few dozen characters.
     */
    public static Map<String, String> problems(String name, String idNumber, String phone, String email,
                                               String address) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(name)) {
            problems.put("name", "bắt buộc phải có");
        } else {
            singleLine(problems, "name", name.trim(), NAME);
        }
        if (blank(idNumber)) {
            problems.put("idNumber", "bắt buộc phải có");
        } else if (singleLine(problems, "idNumber", idNumber.trim(), ID_NUMBER)
                && !ID_NUMBER_SHAPE.matcher(idNumber.trim()).matches()) {
            problems.put("idNumber",
                    "phải là số định danh cá nhân 12 chữ số, số chứng minh nhân dân 9 chữ số hoặc số hộ chiếu");
        }
        if (!blank(phone) && singleLine(problems, "phone", phone.trim(), PHONE)
                && !PHONE_SHAPE.matcher(phone.replace(" ", "")).matches()) {
            problems.put("phone", "không phải số điện thoại Việt Nam");
        }
        if (!blank(email) && singleLine(problems, "email", email.trim(), EMAIL) && !isEmailAddress(email.trim())) {
            problems.put("email", "không phải địa chỉ thư điện tử");
        }
        if (!blank(address)) {
            singleLine(problems, "address", address.trim(), ADDRESS);
        }
        return problems;
    }

    /**
     * An e-mail address as far as a desk can tell: one '@', something before it, a dot inside the part
     * after it, no white space. One pass over the characters, not a regular expression: the former pattern
     * backtracked (40 000 characters took 16 s of CPU). Longer than {@value #EMAIL} characters is refused
     * before the first character is read.
     */
    public static boolean isEmailAddress(String value) {
        return value != null && !value.isEmpty() && value.length() <= EMAIL && hasEmailShape(value);
    }

    /** The one pass over the characters: linear in the length, whatever the input. */
    public static boolean hasEmailShape(String value) {
        int at = -1;
        boolean dotInDomain = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            } else if (c == '.' && at >= 0 && i > at + 1 && i < value.length() - 1) {
                // a dot in the domain with something on either side of it: x@y.z
                dotInDomain = true;
            }
        }
        return at > 0 && dotInDomain;
    }

    /**
     * At most {@code max} characters (as the database counts them: code points) and no control character:
     * a name or an address is printed on receipts and the ledger, where a line break or a NUL breaks the
     * line, and no real name contains one.
     */
    private static boolean singleLine(Map<String, String> problems, String field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            problems.put(field, "tối đa " + max + " ký tự");
            return false;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            problems.put(field, "không được chứa ký tự điều khiển (xuống dòng, tab, ...)");
            return false;
        }
        return true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
