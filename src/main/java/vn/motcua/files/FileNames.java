package vn.motcua.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The name a file is kept and served under: the client's name without any path, control or formatting
 * characters (a right-to-left override hides an extension), without characters no file system accepts,
 * in Unicode NFC (macOS sends Vietnamese decomposed), at most {@value #MAX_LENGTH} UTF-16 units (characters; an
 * emoji is two), ending in the extension of its content. A name whose extension names another type than the
 * content is refused: a PNG named {@code .pdf} is not what the clerk thinks it is.
 */
public final class FileNames {

    /** The width of motcua_dossier_file.file_name (V16__dossier_files.sql). */
    public static final int MAX_LENGTH = 255;

    private static final String UNNAMED = "tep-dinh-kem";
    private static final String NOT_IN_NAMES = "<>:\"|?*";

    private FileNames() {
    }

    /** The name to keep for a file of the type, from the name the client sent. */
    static String of(String sent, FileType type) {
        String name = clean(sent);
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1) : "";
        FileType named = extension.isEmpty() ? null : FileType.ofExtension(extension);
        if (named != null && named != type) {
            throw new FileRefusedException(415, "file", "Tên tệp có đuôi ." + extension.toLowerCase(java.util.Locale.ROOT)
                    + " nhưng nội dung là " + type.label() + ": đổi tên tệp hoặc chọn đúng tệp.");
        }
        String base = name.isEmpty() ? UNNAMED : name;
        String suffix = named == type ? "" : "." + type.extension();
        if (named == type) {
            // keep the name's own extension (.jpeg, .JPG) and shorten what comes before it
            suffix = base.substring(dot);
            base = base.substring(0, dot);
        }
        return shorten(base, MAX_LENGTH - suffix.length()) + suffix;
    }

    /** The client's name without path, control characters and characters no file system accepts, trimmed. */
    static String clean(String sent) {
        if (sent == null) {
            return "";
        }
        String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                // dropped: invisible, or able to reorder what the user reads
            } else if (NOT_IN_NAMES.indexOf(c) >= 0) {
                kept.append('_');
            } else {
                kept.appendCodePoint(c);
            }
        });
        // no leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them)
        return kept.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
    }

    /** The name in printable ASCII, for clients that do not read RFC 5987's filename*: "Đơn đề nghị.pdf" → "Don de nghi.pdf". */
    public static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 5987 ext-value of the name: UTF-8, every byte but attr-char percent-encoded. */
    public static String rfc5987(String name) {
        StringBuilder encoded = new StringBuilder("UTF-8''");
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    /**
     * The text cut to that many UTF-16 units, never inside a character: H2 measures a varchar in them (an emoji is
     * two), PostgreSQL in characters, which are never more.
     */
    private static String shorten(String text, int units) {
        if (text.length() <= units) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(units - 1)) ? units - 1 : units;
        return text.substring(0, end).stripTrailing();
    }
}
