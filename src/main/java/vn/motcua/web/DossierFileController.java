package vn.motcua.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.files.DossierFile;
import vn.motcua.files.DossierFiles;
import vn.motcua.files.FileNames;
import vn.motcua.files.FileRefusedException;
import vn.motcua.security.EngineUser;

/**
 * The files of a dossier (README: 'Dossier files'): attached as a multipart form at the step that produces them,
 * listed and served to exactly who may read the dossier.
 */
@RestController
@RequestMapping("/api/dossiers/{code}/files")
class DossierFileController {

    private final DossierFiles files;

    DossierFileController(DossierFiles files) {
        this.files = files;
    }

    /** Multipart: {@code file}, {@code kind}, and {@code paperCode} (for PAPER) and {@code taskId} when given. */
    @PostMapping
    ResponseEntity<DossierFile> attach(@PathVariable String code,
                                       @RequestParam(name = "file", required = false) MultipartFile file,
                                       @RequestParam(required = false) String kind,
                                       @RequestParam(required = false) String paperCode,
                                       @RequestParam(required = false) String taskId,
                                       HttpServletRequest request, @AuthenticationPrincipal EngineUser user) {
        if (!isMultipart(request)) {
            throw new FileRefusedException(415,
                    "Gửi tệp dưới dạng multipart/form-data, với các trường file và kind.");
        }
        if (file == null) {
            throw new FileRefusedException(400, "file", "Thiếu tệp cần đính kèm (trường file).");
        }
        DossierFile attached = files.attach(code, user.id(), user.groupIds(), new DossierFiles.Upload(kind, paperCode, taskId,
                file.getOriginalFilename(), file.getSize(), file));
        return ResponseEntity.created(URI.create("/api/dossiers/" + code + "/files/" + attached.id())).body(attached);
    }

    @GetMapping
    List<DossierFile> list(@PathVariable String code, @AuthenticationPrincipal EngineUser user) {
        return files.list(code, user.id(), user.groupIds());
    }

    /**
     * The content, under its type as checked at upload; never cached (it holds the applicant's personal data) and
     * never sniffed into another type by the browser.
     */
    @GetMapping("/{id}")
    void content(@PathVariable String code, @PathVariable String id, @AuthenticationPrincipal EngineUser user,
                 HttpServletResponse response) throws IOException {
        DossierFile file = files.file(code, number(code, id), user.id(), user.groupIds());
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + FileNames.ascii(file.fileName())
                + "\"; filename*=" + FileNames.rfc5987(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store, private");
        response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        try {
            files.copy(file, response.getOutputStream());
        } catch (FileRefusedException e) {
            // deleted meanwhile: answer the problem, not a file's headers
            response.reset();
            throw e;
        }
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable String code, @PathVariable String id, @AuthenticationPrincipal EngineUser user) {
        files.remove(code, number(code, id), user.id(), user.groupIds());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(FileRefusedException.class)
    ResponseEntity<ProblemDetail> refused(FileRefusedException e) {
        return problem(HttpStatus.valueOf(e.status()), e.field(), e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (field != null && status == HttpStatus.BAD_REQUEST) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A file's number; anything else names no file of the dossier. */
    private static long number(String code, String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new FileRefusedException(404, "Hồ sơ " + code + " không có tệp này.");
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }
}
