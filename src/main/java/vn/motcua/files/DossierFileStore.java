package vn.motcua.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.VietnamTime;

/** The table motcua_dossier_file (V16__dossier_files.sql): a file's record and its content, streamed both ways. */
@Repository
class DossierFileStore {

    private static final String COLUMNS = "id, dossier_code, kind, paper_code, file_name, content_type, size_bytes, sha256, "
            + "task_id, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    DossierFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file as checked: its content is read from the stream once more, straight into the database. */
    record Checked(String dossierCode, FileKind kind, String paperCode, String fileName, FileType type, long size,
                   String sha256, String taskId, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    long insert(Checked file, InputStream content) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into motcua_dossier_file (dossier_code, kind, paper_code, file_name, content_type, size_bytes,
                            sha256, content, task_id, uploaded_by, uploaded_at)
                        values (:code, :kind, :paper, :name, :type, :size, :sha256, :content, :task, :by, :at)""")
                .param("code", file.dossierCode()).param("kind", file.kind().name()).param("paper", file.paperCode())
                .param("name", file.fileName()).param("type", file.type().mediaType()).param("size", file.size())
                .param("sha256", file.sha256()).param("content", new SqlBinaryValue(content, file.size()))
                .param("task", file.taskId()).param("by", file.uploadedBy())
                .param("at", file.uploadedAt().withOffsetSameInstant(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Locks the dossier's row until the transaction ends and counts its files: two uploads at once cannot both
     * take the last place.
     */
    int lockAndCount(String dossierCode) {
        jdbc.sql("select id from motcua_dossier where code = :code for update").param("code", dossierCode)
                .query(Long.class).optional();
        return jdbc.sql("select count(*) from motcua_dossier_file where dossier_code = :code").param("code", dossierCode)
                .query(Integer.class).single();
    }

    List<DossierFile> ofDossier(String dossierCode) {
        return jdbc.sql("select " + COLUMNS + " from motcua_dossier_file where dossier_code = :code order by uploaded_at, id")
                .param("code", dossierCode).query((rs, n) -> file(rs)).list();
    }

    Optional<DossierFile> find(String dossierCode, long id) {
        return jdbc.sql("select " + COLUMNS + " from motcua_dossier_file where dossier_code = :code and id = :id")
                .param("code", dossierCode).param("id", id).query((rs, n) -> file(rs)).optional();
    }

    /** Copies the content to the stream while the row is read (a BLOB on H2 is read from its LOB storage as it goes). */
    boolean copy(String dossierCode, long id, OutputStream out) {
        ResultSetExtractor<Boolean> copy = rs -> {
            if (!rs.next()) {
                return false;
            }
            try (InputStream in = rs.getBinaryStream("content")) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        };
        return jdbc.sql("select content from motcua_dossier_file where dossier_code = :code and id = :id")
                .param("code", dossierCode).param("id", id).query(copy);
    }

    int delete(String dossierCode, long id) {
        return jdbc.sql("delete from motcua_dossier_file where dossier_code = :code and id = :id")
                .param("code", dossierCode).param("id", id).update();
    }

    int deleteOfDossiers(Collection<String> dossierCodes) {
        if (dossierCodes.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from motcua_dossier_file where dossier_code in (:codes)").param("codes", dossierCodes).update();
    }

    private static DossierFile file(java.sql.ResultSet rs) throws java.sql.SQLException {
        FileKind kind = FileKind.valueOf(rs.getString("kind"));
        return new DossierFile(rs.getLong("id"), rs.getString("dossier_code"), kind, kind.label(), rs.getString("paper_code"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), null, VietnamTime.local(rs.getObject("uploaded_at", OffsetDateTime.class)),
                rs.getString("task_id"));
    }
}
