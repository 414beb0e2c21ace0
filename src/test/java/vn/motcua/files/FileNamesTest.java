package vn.motcua.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** The names files are kept and served under, and their types told by content (README: 'Dossier files'). */
class FileNamesTest {

    @Test
    void aNameKeepsOnlyItsLastPartWithoutControlOrFormattingCharacters() {
        assertThat(FileNames.of("C:\\Users\\lan\\Desktop\\Đơn đề nghị.pdf", FileType.PDF)).isEqualTo("Đơn đề nghị.pdf");
        assertThat(FileNames.of("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
        // a right-to-left override would show "scanexe.pdf" as "scanfdp.exe"
        assertThat(FileNames.of("scan\u202Efdp.exe", FileType.PDF)).isEqualTo("scanfdp.exe.pdf");
        assertThat(FileNames.of("a\tb\r\nc\u0000d.png", FileType.PNG)).isEqualTo("a b cd.png");
        assertThat(FileNames.of("  ..hidden.  ", FileType.PDF)).isEqualTo("hidden.pdf");
        assertThat(FileNames.of("hồ sơ: \"bản\" <1>?.pdf", FileType.PDF)).isEqualTo("hồ sơ_ _bản_ _1__.pdf");
    }

    @Test
    void aNameWithoutOneGetsTheContentsExtensionAndAnEmptyNameADefault() {
        assertThat(FileNames.of("scan", FileType.JPEG)).isEqualTo("scan.jpg");
        assertThat(FileNames.of("scan.JPEG", FileType.JPEG)).isEqualTo("scan.JPEG");
        assertThat(FileNames.of("bien-ban.v2", FileType.PDF)).isEqualTo("bien-ban.v2.pdf");
        assertThat(FileNames.of(null, FileType.PNG)).isEqualTo("tep-dinh-kem.png");
        assertThat(FileNames.of("/", FileType.PDF)).isEqualTo("tep-dinh-kem.pdf");
    }

    @Test
    void aNameWhoseExtensionNamesAnotherTypeIsRefused() {
        assertThatThrownBy(() -> FileNames.of("don.pdf", FileType.PNG)).isInstanceOfSatisfying(FileRefusedException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(415);
                    assertThat(e.getMessage()).contains(".pdf", "ảnh PNG");
                });
    }

    @Test
    void aDecomposedVietnameseNameIsKeptComposedAndLongNamesAreCutBeforeTheExtension() {
        String decomposed = Normalizer.normalize("Giấy chứng nhận.pdf", Normalizer.Form.NFD);
        assertThat(FileNames.of(decomposed, FileType.PDF)).isEqualTo("Giấy chứng nhận.pdf");
        String name = FileNames.of("ả".repeat(300) + ".pdf", FileType.PDF);
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("ả.pdf");
        // a character outside the BMP is never cut in half
        String emoji = FileNames.of("\uD83D\uDCC4".repeat(200), FileType.PDF);
        assertThat(emoji.length()).as("UTF-16 units, as H2 measures the column").isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(new String(emoji.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(emoji);
    }

    @Test
    void theHeaderNamesAreAsciiAndRfc5987() {
        assertThat(FileNames.ascii("Đơn đề nghị \"số 1\".pdf")).isEqualTo("Don de nghi _so 1_.pdf");
        assertThat(FileNames.rfc5987("Đơn 1.pdf")).isEqualTo("UTF-8''%C4%90%C6%A1n%201.pdf");
    }

    @Test
    void theTypeIsToldByTheFirstBytesOnly() {
        assertThat(type("%PDF-1.7\n")).isEqualTo(FileType.PDF);
        assertThat(type(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB})).isEqualTo(FileType.JPEG);
        assertThat(type(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})).isEqualTo(FileType.PNG);
        assertThat(type(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A})).isNull();
        assertThat(type(" %PDF-1.7")).isNull();
        assertThat(type("%PDF")).isNull();
        assertThat(type("<html>")).isNull();
        assertThat(type(new byte[0])).isNull();
    }

    private static FileType type(String text) {
        return type(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static FileType type(byte[] first) {
        return FileType.of(first, first.length);
    }
}
