package vn.motcua.files;

import java.time.OffsetDateTime;

/**
 * A file of a dossier as the API shows it (without its content).
 *
 * @param size           in bytes
 * @param uploadedByName the uploader's full name
 * @param taskId         the task of the dossier it was attached on
 */
public record DossierFile(long id, String dossierCode, FileKind kind, String kindLabel, String paperCode, String fileName,
                          String contentType, long size, String sha256, String uploadedBy, String uploadedByName,
                          OffsetDateTime uploadedAt, String taskId) {

    DossierFile named(String name) {
        return new DossierFile(id, dossierCode, kind, kindLabel, paperCode, fileName, contentType, size, sha256, uploadedBy,
                name, uploadedAt, taskId);
    }
}
