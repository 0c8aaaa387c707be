package io.partybranch.common.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * States {@link InputBounds} in every service's OpenAPI document, where clients (and the generated
 * bad-input suite) read them: the date window on every date, the length limit on every query text.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class InputBoundsInDocument implements OASFilter {

    public static final String EARLIEST = "x-earliest";
    public static final String LATEST = "x-latest";

    @Override
    public Schema filterSchema(Schema schema) {
        if ("date".equals(schema.getFormat())) {
            bound(schema);
        }
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getIn() == Parameter.In.QUERY && schema != null && isString(schema)) {
            if (schema.getMaxLength() == null) {
                schema.setMaxLength(InputBounds.MAX_QUERY_VALUE_LENGTH);
            }
            if ("date".equals(schema.getFormat())) {
                bound(schema);
            }
        }
        return parameter;
    }

    private static boolean isString(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        return types != null && types.contains(Schema.SchemaType.STRING) && schema.getEnumeration() == null;
    }

    private static void bound(Schema schema) {
        schema.addExtension(EARLIEST, InputBounds.EARLIEST_DATE.toString());
        schema.addExtension(LATEST, InputBounds.LATEST_DATE.toString());
        String window = "From " + InputBounds.EARLIEST_DATE + " to " + InputBounds.LATEST_DATE + ".";
        String description = schema.getDescription();
        if (description == null || !description.contains(window)) {
            schema.setDescription(description == null ? window : description + " " + window);
        }
    }
}
