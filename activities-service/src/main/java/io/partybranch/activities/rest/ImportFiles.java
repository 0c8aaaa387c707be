package io.partybranch.activities.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.activities.mapping.ImportFile;
import io.partybranch.activities.mapping.ImportTemplates;
import io.partybranch.activities.mapping.JsonLines;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Providers;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** An uploaded import file read by its media type: JSON Lines with the API's strict JSON, or a workbook. */
public final class ImportFiles {

    public static final String JSON_LINES = "application/x-ndjson";
    public static final String JSONL = "application/jsonl";

    private ImportFiles() {
    }

    public static <T> ImportFile<T> read(Providers providers, byte[] body, MediaType type, Class<T> request, String kind,
            Function<byte[], ImportFile<T>> workbook) {
        if (type != null && type.isCompatible(MediaType.valueOf(ImportTemplates.XLSX))) {
            return workbook.apply(body);
        }
        ObjectMapper strict = providers.getContextResolver(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE).getContext(Object.class);
        return JsonLines.parse(strict, body == null ? null : new String(body, StandardCharsets.UTF_8), request, kind);
    }
}
