package io.partybranch.reporting.rest;

import io.partybranch.common.http.ProblemException;
import io.partybranch.reporting.document.Document;
import io.partybranch.reporting.document.Formats;
import io.partybranch.reporting.document.Renderers;
import io.partybranch.reporting.service.ExportService;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/** Documents and workbooks as downloads: the format asked for, a file name in UTF-8, and the freshness of the figures. */
final class Downloads {

    private Downloads() {
    }

    static Formats chosen(String format, HttpHeaders headers) {
        Formats chosen = Formats.choose(format, headers.getAcceptableMediaTypes());
        if (chosen == null) {
            throw new ProblemException(406, "/problems/not-acceptable", "格式不支持",
                    "Summaries are served as text/markdown, text/html or " + Formats.DOCX_TYPE, null);
        }
        return chosen;
    }

    static Response document(Document document, Formats format) {
        return bytes(document.title() + "." + format.extension(), Renderers.render(document, format), document.asOf(), format.mediaType());
    }

    static Response bytes(String fileName, byte[] content, OffsetDateTime asOf, String mediaType) {
        return download(new ExportService.Export(fileName, content, asOf), mediaType);
    }

    static Response download(ExportService.Export export, String mediaType) {
        String encoded = URLEncoder.encode(export.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String disposition = mediaType.startsWith("text/") ? "inline" : "attachment";
        return Response.ok(export.content(), mediaType)
                .header("X-Data-As-Of", export.asOf() == null ? null : export.asOf().toString())
                .header("Content-Disposition",
                        disposition + "; filename=\"report." + extension(export.fileName()) + "\"; filename*=UTF-8''" + encoded)
                .build();
    }

    private static String extension(String fileName) {
        return fileName.substring(fileName.lastIndexOf('.') + 1);
    }
}
