package vn.motcua.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits on a dossier's files ({@code app.files}).
 *
 * @param maxFileSize        one file at most (a scanned paper of a few pages at 300 dpi is well below 10 MB);
 *                           the upload request may be this plus {@link #FORM_OVERHEAD_BYTES} for its other fields
 * @param maxFilesPerDossier how many files one dossier keeps at most
 */
@ConfigurationProperties("app.files")
public record FilesProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("50") int maxFilesPerDossier) {

    /** The rest of an upload request besides the file: the fields kind, paperCode, taskId and the parts' headers. */
    public static final long FORM_OVERHEAD_BYTES = 64 * 1024;

    /** The largest upload request: the file at its cap and its form fields. */
    public long maxRequestBytes() {
        return maxFileSize.toBytes() + FORM_OVERHEAD_BYTES;
    }
}
