package vn.motcua.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.VietnamTime;
import vn.motcua.cases.Dossier;
import vn.motcua.cases.DossierAccess;
import vn.motcua.cases.DossierService;
import vn.motcua.cases.Procedure;
import vn.motcua.cases.ProcedureCatalog;
import vn.motcua.engine.Privileged;

/**
 * The files of a dossier (README: 'Dossier files'). A file is written at the open step of the dossier that
 * produces it, by a user who may work that step ({@link FileKind} says which step takes which kind), checked
 * by its content, and read by exactly who may read the dossier ({@link DossierAccess}); to anybody else the
 * dossier's files do not exist (404). Its content is kept in Motcua's table, never in an engine variable.
 */
@Service
public class DossierFiles {

    /** The width of motcua_dossier_file.paper_code and task_id (V16__dossier_files.sql). */
    private static final int MAX_CODE = 64;
    /** Deleting the files of many dossiers at once, this many codes a statement. */
    private static final int CODES_PER_DELETE = 500;

    /**
     * What a client sends: the form fields as sent (checked here) and the file.
     *
     * @param size    the size the client announced (checked against the bytes read)
     * @param content read twice: once to check and digest it, once into the database
     */
    public record Upload(String kind, String paperCode, String taskId, String fileName, long size, InputStreamSource content) {
    }

    private final DossierService dossiers;
    private final DossierAccess access;
    private final ProcedureCatalog catalog;
    private final DossierSteps steps;
    private final DossierFileStore store;
    private final FilesProperties limits;
    private final ProcessEngine engine;
    private final Clock clock;

    DossierFiles(DossierService dossiers, DossierAccess access, ProcedureCatalog catalog, DossierSteps steps,
                 DossierFileStore store, FilesProperties limits, @Lazy ProcessEngine engine, Clock clock) {
        this.dossiers = dossiers;
        this.access = access;
        this.catalog = catalog;
        this.steps = steps;
        this.store = store;
        this.limits = limits;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Attaches a file to the dossier at its open step: 404 for an unknown dossier, 400 for wrong fields, 403 when
     * the user works no open step of the dossier (or not the one named), 409 when the open step takes no file of
     * the kind or the dossier has its maximum of files, 413 over the size cap, 415 when the content is not PDF,
     * JPEG or PNG or its name says another type. Nothing is stored on a refusal.
     */
    @Transactional
    public DossierFile attach(String code, String userId, List<String> groupIds, Upload upload) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> notFound(code));
        FileKind kind = kind(upload.kind());
        DossierSteps.OpenStep step = step(dossier, kind, upload.taskId(), userId, groupIds);
        String paperCode = paperCode(dossier, kind, upload.paperCode());
        long cap = limits.maxFileSize().toBytes();
        if (upload.size() == 0) {
            throw new FileRefusedException(400, "file", "Tệp rỗng: chọn lại tệp cần đính kèm.");
        }
        if (upload.size() > cap) {
            throw tooLarge(cap);
        }
        Content content = read(upload.content(), cap);
        String fileName = FileNames.of(upload.fileName(), content.type());
        if (store.lockAndCount(dossier.code()) >= limits.maxFilesPerDossier()) {
            throw new FileRefusedException(409, "Hồ sơ " + dossier.code() + " đã có " + limits.maxFilesPerDossier()
                    + " tệp, số tệp tối đa của một hồ sơ: không đính kèm thêm được.");
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
        DossierFileStore.Checked checked = new DossierFileStore.Checked(dossier.code(), kind, paperCode, fileName,
                content.type(), content.size(), content.sha256(), step.taskId(), userId, now);
        long id;
        try (InputStream in = upload.content().getInputStream()) {
            id = store.insert(checked, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DossierFile(id, dossier.code(), kind, kind.label(), paperCode, fileName, content.type().mediaType(),
                content.size(), content.sha256(), userId, fullName(userId, new HashMap<>()), now, step.taskId());
    }

    /** The dossier's files, for a user who may read it; 404 for anybody else, as for an unknown dossier. */
    public List<DossierFile> list(String code, String userId, List<String> groupIds) {
        return of(readable(code, userId, groupIds));
    }

    /** The files of a dossier the caller has already found the user may read (the dossier's own view). */
    public List<DossierFile> of(Dossier dossier) {
        Map<String, String> names = new HashMap<>();
        return store.ofDossier(dossier.code()).stream().map(file -> file.named(fullName(file.uploadedBy(), names))).toList();
    }

    /**
     * One file of the dossier, to open: for a user who may read the dossier (404 otherwise) and sees it whole. The
     * scans of the applicant's papers and the results show the ID number that managers, auditors and administrators
     * read masked (README: 'Security', 'Who may read a dossier'): they list the files, they open none (403).
     */
    public DossierFile file(String code, long id, String userId, List<String> groupIds) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> notFound(code));
        DossierAccess.Reading reading = access.reading(dossier, userId, groupIds);
        if (reading == DossierAccess.Reading.NONE) {
            throw notFound(code);
        }
        DossierFile file = store.find(dossier.code(), id).orElseThrow(() -> new FileRefusedException(404,
                "Hồ sơ " + code + " không có tệp số " + id + "."));
        if (reading != DossierAccess.Reading.FULL) {
            throw new FileRefusedException(403, "Tệp của hồ sơ là bản chụp giấy tờ hoặc kết quả của người nộp, có số định "
                    + "danh mà bạn chỉ được xem đã che: chỉ Bộ phận Một cửa, đơn vị giải quyết và lãnh đạo cơ quan mở tệp.");
        }
        return file.named(fullName(file.uploadedBy(), new HashMap<>()));
    }

    /** Writes the file's content to the stream, as it is read from the database. */
    @Transactional(readOnly = true)
    public void copy(DossierFile file, OutputStream out) {
        if (!store.copy(file.dossierCode(), file.id(), out)) {
            throw new FileRefusedException(404, "Tệp số " + file.id() + " không còn trong hồ sơ " + file.dossierCode() + ".");
        }
    }

    /**
     * Removes a file its uploader attached by mistake, while the step it was attached on is open and theirs;
     * once the step is done the file is part of the dossier's record.
     */
    @Transactional
    public void remove(String code, long id, String userId, List<String> groupIds) {
        DossierFile file = file(code, id, userId, groupIds);
        if (!file.uploadedBy().equals(userId)) {
            throw new FileRefusedException(403, "Chỉ người đã đính kèm tệp được xoá tệp đó.");
        }
        Dossier dossier = dossiers.find(code).orElseThrow(() -> notFound(code));
        boolean open = file.taskId() != null && steps.open(dossier, userId, groupIds).stream()
                .anyMatch(step -> step.taskId().equals(file.taskId()) && step.mayWork());
        if (!open) {
            throw new FileRefusedException(409, "Bước xử lý đã đính kèm tệp này đã kết thúc: tệp thuộc hồ sơ, không xoá được.");
        }
        store.delete(dossier.code(), id);
    }

    /**
     * Deletes every file of the dossiers, in the caller's transaction: records control destroys a dossier's
     * files with its record (ISO 9001:2015, 7.5.3; README: 'The quality management system').
     *
     * @return how many files were deleted
     */
    @Transactional
    public int destroyOf(Collection<String> dossierCodes) {
        List<String> codes = new ArrayList<>(dossierCodes);
        int deleted = 0;
        for (int from = 0; from < codes.size(); from += CODES_PER_DELETE) {
            deleted += store.deleteOfDossiers(codes.subList(from, Math.min(codes.size(), from + CODES_PER_DELETE)));
        }
        return deleted;
    }

    private Dossier readable(String code, String userId, List<String> groupIds) {
        Dossier dossier = dossiers.find(code).orElseThrow(() -> notFound(code));
        if (!access.canRead(dossier, userId, groupIds)) {
            throw notFound(code);
        }
        return dossier;
    }

    private static FileKind kind(String name) {
        FileKind kind = FileKind.named(name);
        if (kind == null) {
            throw new FileRefusedException(400, "kind", "Loại tệp (kind) phải là một trong PAPER (giấy tờ trong hồ sơ), "
                    + "DRAFT (dự thảo kết quả), SIGNED (kết quả đã ký), RESULT (kết quả trả cho tổ chức, công dân).");
        }
        return kind;
    }

    /**
     * The open step of the dossier the file is attached on: the one named by taskId, or else the one the user may
     * work whose form takes this kind. Which step it is comes from the engine, never from the request.
     */
    private DossierSteps.OpenStep step(Dossier dossier, FileKind kind, String taskId, String userId, List<String> groupIds) {
        List<DossierSteps.OpenStep> open = steps.open(dossier, userId, groupIds);
        List<DossierSteps.OpenStep> theirs = open.stream().filter(DossierSteps.OpenStep::mayWork).toList();
        if (taskId != null && !taskId.isBlank()) {
            DossierSteps.OpenStep named = taskId.length() > MAX_CODE ? null
                    : open.stream().filter(step -> step.taskId().equals(taskId)).findFirst().orElse(null);
            if (named == null) {
                if (theirs.isEmpty()) {
                    throw notYours(dossier);
                }
                throw new FileRefusedException(400, "taskId", "taskId không phải một bước đang mở của hồ sơ " + dossier.code() + ".");
            }
            if (!named.mayWork()) {
                throw new FileRefusedException(403, "Bước \"" + named.name() + "\" của hồ sơ " + dossier.code()
                        + " không phải việc của bạn: chỉ người xử lý bước đó được đính kèm tệp.");
            }
            if (!kind.attachedAt(named.formKey())) {
                throw wrongStep(dossier, kind, List.of(named));
            }
            return named;
        }
        if (theirs.isEmpty()) {
            throw notYours(dossier);
        }
        return theirs.stream().filter(step -> kind.attachedAt(step.formKey())).findFirst()
                .orElseThrow(() -> wrongStep(dossier, kind, theirs));
    }

    /** PAPER names one of the procedure's papers; the other kinds name none. */
    private String paperCode(Dossier dossier, FileKind kind, String paperCode) {
        boolean given = paperCode != null && !paperCode.isBlank();
        if (kind != FileKind.PAPER) {
            if (given) {
                throw new FileRefusedException(400, "paperCode", "Chỉ tệp giấy tờ (PAPER) mang mã giấy tờ (paperCode).");
            }
            return null;
        }
        if (!given) {
            throw new FileRefusedException(400, "paperCode", "Tệp giấy tờ cần mã giấy tờ (paperCode) của thủ tục.");
        }
        Procedure procedure = catalog.byDefinitionId(dossier.processDefinitionId()).orElse(null);
        if (paperCode.length() > MAX_CODE || procedure == null || procedure.paper(paperCode) == null) {
            throw new FileRefusedException(400, "paperCode", "Mã giấy tờ không thuộc thủ tục " + dossier.procedureCode()
                    + (procedure == null ? "" : "; các mã của thủ tục: " + String.join(", ",
                    procedure.papers().stream().map(Procedure.Paper::code).toList())) + ".");
        }
        return paperCode;
    }

    /** What the content is (by its first bytes), how long and its SHA-256, read once as a stream. */
    private record Content(FileType type, long size, String sha256) {
    }

    private static Content read(InputStreamSource source, long cap) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(source.getInputStream(), sha256)) {
            byte[] first = in.readNBytes(FileType.SIGNATURE_BYTES);
            FileType type = FileType.of(first, first.length);
            if (type == null) {
                throw new FileRefusedException(415, "file", "Chỉ nhận tệp PDF, ảnh JPEG hoặc PNG: nội dung tệp này không phải "
                        + "một trong các loại đó (loại tệp được xác định theo nội dung, không theo tên).");
            }
            long size = first.length;
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > cap) {
                    throw tooLarge(cap);
                }
            }
            return new Content(type, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fullName(String userId, Map<String, String> known) {
        return known.computeIfAbsent(userId, id -> {
            // the names of those who attached the dossier's files, whichever unit they are in: the reader may read
            // the dossier (users otherwise read only their units' accounts)
            User user = Privileged.call(engine, () -> engine.getIdentityService().createUserQuery().userId(id).singleResult());
            if (user == null) {
                return id;
            }
            String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                    + (user.getLastName() == null ? "" : user.getLastName())).trim();
            return name.isEmpty() ? id : name;
        });
    }

    private static FileRefusedException notFound(String code) {
        return new FileRefusedException(404, "Không tìm thấy hồ sơ " + code + ".");
    }

    private static FileRefusedException notYours(Dossier dossier) {
        return new FileRefusedException(403, "Bạn không xử lý bước nào đang mở của hồ sơ " + dossier.code()
                + ": chỉ người xử lý bước đang mở được đính kèm tệp.");
    }

    private static FileRefusedException tooLarge(long cap) {
        return new FileRefusedException(413, "file", "Tệp lớn hơn " + megabytes(cap) + ", mức tối đa của một tệp: "
                + "quét lại với độ phân giải thấp hơn hoặc chia thành nhiều tệp.");
    }

    private static FileRefusedException wrongStep(Dossier dossier, FileKind kind, List<DossierSteps.OpenStep> at) {
        List<String> names = at.stream().map(step -> "\"" + step.name() + "\"").distinct().toList();
        return new FileRefusedException(409, "kind", "Ở bước " + String.join(", ", names) + " của hồ sơ " + dossier.code()
                + " không đính kèm \"" + kind.label() + "\".");
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " byte";
    }
}
