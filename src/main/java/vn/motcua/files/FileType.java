package vn.motcua.files;

import java.util.Arrays;
import java.util.Set;

/**
 * The types of file a dossier keeps, told by their first bytes (their magic numbers), never by the type or the
 * name the client declares: PDF (ISO 32000-1 §7.5.2, the header {@code %PDF-}), JPEG (ISO/IEC 10918-1, SOI marker
 * {@code FF D8} followed by a marker {@code FF}) and PNG (ISO/IEC 15948, its 8-byte signature).
 */
public enum FileType {

    PDF("application/pdf", "tệp PDF", "pdf", Set.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "ảnh JPEG", "jpg", Set.of("jpg", "jpeg", "jpe"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "ảnh PNG", "png", Set.of("png"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    /** How many first bytes tell every type apart. */
    static final int SIGNATURE_BYTES = 8;

    private final String mediaType;
    private final String label;
    private final String extension;
    private final Set<String> extensions;
    private final byte[] magic;

    FileType(String mediaType, String label, String extension, Set<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.label = label;
        this.extension = extension;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** What the user reads: "tệp PDF", "ảnh PNG". */
    String label() {
        return label;
    }

    /** The extension a file of this type gets when its name has none of its own. */
    String extension() {
        return extension;
    }

    boolean hasExtension(String lowerCaseExtension) {
        return extensions.contains(lowerCaseExtension);
    }

    /** The type whose signature the first bytes carry, or null when they carry none of them. */
    static FileType of(byte[] first, int length) {
        for (FileType type : values()) {
            if (length >= type.magic.length && Arrays.equals(first, 0, type.magic.length, type.magic, 0, type.magic.length)) {
                return type;
            }
        }
        return null;
    }

    /** The type an extension names (pdf, jpg, jpeg, png, any case), or null. */
    static FileType ofExtension(String extension) {
        String lower = extension.toLowerCase(java.util.Locale.ROOT);
        for (FileType type : values()) {
            if (type.hasExtension(lower)) {
                return type;
            }
        }
        return null;
    }

    /** The type stored under a media type, or null. */
    static FileType ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        return null;
    }
}
