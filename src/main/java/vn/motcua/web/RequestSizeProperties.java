package vn.motcua.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be ({@code app.requests}), on /api, /engine-rest and the webapps'
 * /camunda/api; larger ones are answered 413 before anything reads them.
 *
 * @param maxBody   any body but an upload: JSON, a variable, a form. A dossier is a few kilobytes; the
 *                  longest text column is 4000 characters.
 * @param maxUpload a model upload: multipart (Camunda Modeler's deploy, a form with files) or raw BPMN
 *                  XML. The largest shipped model is far below it; a procedure model submitted to
 *                  document control must also fit its column (a million characters).
 */
@ConfigurationProperties("app.requests")
public record RequestSizeProperties(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("5MB") DataSize maxUpload) {
}
