package io.partybranch.reporting.document;

import io.partybranch.common.http.ProblemException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** The formats a document is served in, chosen by ?format= or else by the Accept header. */
public enum Formats {
    MARKDOWN("text/markdown;charset=UTF-8", "md"), HTML("text/html;charset=UTF-8",
            "html"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    Formats(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** @return null when neither the parameter nor the Accept header names a format served */
    public static Formats choose(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            for (Formats candidate : values()) {
                if (candidate.extension.equals(format.toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
            throw ProblemException.invalid("format", "must be md, html or docx");
        }
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType()) {
                return MARKDOWN;
            }
            for (Formats candidate : values()) {
                if (MediaType.valueOf(candidate.mediaType).isCompatible(accepted)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
